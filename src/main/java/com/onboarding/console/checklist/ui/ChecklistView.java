package com.onboarding.console.checklist.ui;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.live.CustomerChanges;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.base.ui.LiveRefresh;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.service.ChecklistPage;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.StepLine;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's onboarding checklist: what is next for this user, the three phases with a line per step, and
 * only the buttons this user may press now. Changes, the user's own and (through live updates) anyone's,
 * redraw only the rows, bars and lines that changed.
 */
@Route(CustomerRoutes.CHECKLIST)
@PermitAll
public class ChecklistView extends Div implements BeforeEnterObserver, HasDynamicTitle, StepActions.Page {

    private final ChecklistService checklists;
    private final ChecklistDialogs dialogs;
    private final AppUserPrincipal user;
    private final StepActions actions;
    private final PhaseList phases = new PhaseList();
    private final TimelinePanel timeline;
    private long customerId = -1;
    private PageFacts facts = PageFacts.NONE;
    private boolean forgetOffered;
    private @Nullable ChecklistHeader header;
    private @Nullable NextStrip next;
    private CustomerChanges.@Nullable Subscription subscription;

    ChecklistView(ChecklistService checklists, ChecklistDialogs dialogs, CurrentUser currentUser) {
        this.checklists = checklists;
        this.dialogs = dialogs;
        this.user = currentUser.require();
        this.actions = new StepActions(checklists, this);
        this.timeline = new TimelinePanel(this, dialogs);
        addClassName("checklist");
        Commands.listen(getElement(), new PageCommands(this, checklists, dialogs, actions, phases)::run);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = CustomerRoutes.customerId(event.getRouteParameters()).orElse(-1L);
        // Another customer's checklist is answered like a missing one: its existence is not revealed.
        if (id < 0 || !user.canSeeCustomer(id)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (id != customerId) {
            customerId = id;
            build();
            if (header == null) {
                customerId = -1;
                event.rerouteToError(NotFoundException.class);
            }
        } else {
            reload();
        }
    }

    @Override
    public String getPageTitle() {
        return facts.title() + " | AWS Onboarding Console";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var live = new LiveRefresh(event.getUI(), this::reload);
        // Runs on the thread that announces the change: it only marks this view stale.
        subscription = checklists.watch(changed -> {
            if (changed == customerId) {
                live.markStale();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    private void build() {
        removeAll();
        phases.clear();
        timeline.forget();
        var page = load();
        if (page == null) {
            return;
        }
        remember(page);
        header = new ChecklistHeader();
        header.update(page, pasted());
        next = new NextStrip();
        next.show(page, user.role());
        add(header, next);
        phases.build(page, this::details).forEach(this::add);
    }

    /** Shows the checklist as it is in the database now, redrawing only what changed. */
    @Override
    public void reload() {
        if (header == null || next == null) {
            build();
            return;
        }
        var page = load();
        if (page == null) {
            return;
        }
        remember(page);
        header.update(page, pasted());
        next.show(page, user.role());
        phases.update(page);
        timeline.refresh();
    }

    private @Nullable ChecklistPage load() {
        try {
            return checklists.page(customerId);
        } catch (InvalidInputException e) {
            removeAll();
            phases.clear();
            header = null;
            next = null;
            add(new H2("No such customer"));
            return null;
        }
    }

    private void remember(ChecklistPage page) {
        facts = PageFacts.of(page);
        if (!forgetOffered && page.awsActionsComplete() && pasted()) {
            forgetOffered = true;
            dialogs.offerToForgetCredentials(customerId, this::reload);
        }
    }

    private boolean pasted() {
        return user.operatesAws() && dialogs.holdsPastedCredentials(customerId);
    }

    private StepDetails details(StepLine line) {
        return new StepDetails(line, Objects.requireNonNull(facts.names()), facts.externalId(),
                code -> checklists.history(customerId, code), actions::addNote, facts.staff());
    }

    PageFacts facts() {
        return facts;
    }

    void toggleTimeline() {
        if (timeline.toggle(customerId)) {
            reload();
        }
    }

    // What the actions ask of the page.

    @Override
    public long customerId() {
        return customerId;
    }

    @Override
    public String accountId() {
        return facts.accountId();
    }

    @Override
    public String billingCountry() {
        return facts.billingCountry();
    }

    @Override
    public @Nullable String csmName() {
        return facts.csmName();
    }

    @Override
    public long version(StepCode code) {
        return row(code).map(r -> r.line().version())
                .orElseGet(() -> checklists.page(customerId).step(code).version());
    }

    @Override
    public Optional<StepRow> row(StepCode code) {
        return phases.row(code);
    }
}
