package com.onboarding.console.checklist.ui;

import com.onboarding.console.audit.ui.AuditTimeline;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.live.CustomerChanges;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.base.ui.Clipboard;
import com.onboarding.console.base.ui.LiveRefresh;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.domain.StepNames;
import com.onboarding.console.checklist.service.ChecklistPage;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.StepLine;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
    private final List<PhaseSection> phases = new ArrayList<>();
    private long customerId = -1;
    private String title = "Checklist";
    private String accountId = "";
    private String billingCountry = "";
    private @Nullable String csmName;
    private @Nullable StepNames names;
    private @Nullable String externalId;
    private boolean staff;
    private boolean awsAccess;
    private boolean consoleAccess;
    private boolean forgetOffered;
    private @Nullable ChecklistHeader header;
    private @Nullable NextStrip next;
    private @Nullable Div timeline;
    private CustomerChanges.@Nullable Subscription subscription;

    ChecklistView(ChecklistService checklists, ChecklistDialogs dialogs, CurrentUser currentUser) {
        this.checklists = checklists;
        this.dialogs = dialogs;
        this.user = currentUser.require();
        this.actions = new StepActions(checklists, this);
        addClassName("checklist");
        Commands.listen(getElement(), this::command);
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
        return title + " | AWS Onboarding Console";
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
        timeline = null;
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
        for (var phase : page.phases()) {
            var section = new PhaseSection(phase, page.stepsOf(phase.phase()), this::details);
            phases.add(section);
            add(section);
        }
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
        for (var section : phases) {
            section.update(page.phase(section.phase()), page.stepsOf(section.phase()));
        }
        if (timeline != null && timeline.isVisible()) {
            timeline.getChildren().filter(AuditTimeline.class::isInstance).map(AuditTimeline.class::cast)
                    .forEach(AuditTimeline::refresh);
        }
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

    /** The few facts the page's dialogs need; the rows keep their own lines. */
    private void remember(ChecklistPage page) {
        title = page.name();
        accountId = page.accountId();
        billingCountry = page.billingCountry();
        csmName = page.csmName();
        names = page.names();
        externalId = page.externalId();
        staff = page.staff();
        awsAccess = page.awsAccess();
        consoleAccess = page.noAccess() == null;
        if (!forgetOffered && page.awsActionsComplete() && pasted()) {
            forgetOffered = true;
            dialogs.offerToForgetCredentials(customerId, this::reload);
        }
    }

    private boolean pasted() {
        return user.operatesAws() && dialogs.holdsPastedCredentials(customerId);
    }

    private StepDetails details(StepLine line) {
        return new StepDetails(line, Objects.requireNonNull(names), externalId,
                code -> checklists.history(customerId, code), actions::addNote, staff);
    }

    /**
     * A button of the page's markup was pressed. What it may do is decided here, from the page's own state: a
     * command the page does not offer this user does nothing, and the services check again.
     */
    private void command(String command, String target) {
        switch (command) {
            case StepRow.DETAILS -> step(target).flatMap(this::row).ifPresent(StepRow::toggle);
            case PhaseSection.TOGGLE -> phase(target).ifPresent(PhaseSection::toggle);
            case PhaseSection.OVERRIDE -> phase(target).filter(p -> p.line().canOverride())
                    .ifPresent(p -> actions.overrideGate(p.phase()));
            case ChecklistHeader.EDIT_CUSTOMER -> {
                if (staff) {
                    dialogs.editCustomer(customerId, this::reload);
                }
            }
            case ChecklistHeader.CREDENTIALS -> {
                if (awsAccess) {
                    dialogs.credentials(customerId, accountId, this::reload);
                }
            }
            case ChecklistHeader.VERIFY_ALL -> {
                if (awsAccess && consoleAccess) {
                    actions.verifyAll();
                }
            }
            case ChecklistHeader.TIMELINE -> toggleTimeline();
            case ChecklistHeader.COPY_EXTERNAL_ID -> {
                if (externalId != null) {
                    Clipboard.copy(this, "ExternalId", externalId);
                }
            }
            default -> stepCommand(command, target);
        }
    }

    private void stepCommand(String command, String target) {
        var code = step(target);
        var given = Arrays.stream(StepCommand.values())
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(command)).findFirst();
        if (code.isEmpty() || given.isEmpty()) {
            return;
        }
        var line = row(code.get()).map(StepRow::line)
                .orElseGet(() -> checklists.page(customerId).step(code.get()));
        if (line.allowed().contains(given.get())) {
            actions.press(line, given.get());
        } else {
            Notification.show("Step " + code.get() + " changed meanwhile: the page shows what you may do now.",
                    5000, Notification.Position.BOTTOM_END);
            reload();
        }
    }

    private static Optional<StepCode> step(String target) {
        try {
            return Optional.of(StepCode.parse(target));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<PhaseSection> phase(String target) {
        return phases.stream().filter(p -> String.valueOf(p.phase()).equals(target)).findFirst();
    }

    private void toggleTimeline() {
        if (timeline == null) {
            timeline = new Div(new H2("Timeline"), dialogs.timeline(customerId));
            timeline.addClassName("checklist-timeline");
            add(timeline);
        } else {
            timeline.setVisible(!timeline.isVisible());
            if (timeline.isVisible()) {
                reload();
            }
        }
    }

    // What the actions ask of the page.

    @Override
    public long customerId() {
        return customerId;
    }

    @Override
    public String accountId() {
        return accountId;
    }

    @Override
    public String billingCountry() {
        return billingCountry;
    }

    @Override
    public @Nullable String csmName() {
        return csmName;
    }

    @Override
    public long version(StepCode code) {
        return row(code).map(r -> r.line().version())
                .orElseGet(() -> checklists.page(customerId).step(code).version());
    }

    @Override
    public Optional<StepRow> row(StepCode code) {
        return phases.size() < code.phase() ? Optional.empty() : phases.get(code.phase() - 1).row(code);
    }
}
