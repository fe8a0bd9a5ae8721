package com.onboarding.console.checklist.ui;

import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.audit.ui.AuditTimeline;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.ui.CredentialsDialog;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.live.CustomerChanges;
import com.onboarding.console.checklist.domain.Automation;
import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.PhaseGateOverride;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.ChecklistPage;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.StepConflictException;
import com.onboarding.console.checklist.service.StepResult;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.customers.ui.CustomerFormDialog;
import com.onboarding.console.payer.service.PayerLookupService;
import com.onboarding.console.payer.ui.PayerTypeSummary;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * A customer's onboarding checklist: the three phases with their steps, the buttons each user may press,
 * and live updates when anyone else changes this customer.
 */
@Route("customers/:customerId")
@PermitAll
public class ChecklistView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ChecklistService checklists;
    private final CustomerChanges changes;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final CustomerService customers;
    private final AuditService audit;
    private final CredentialsService credentials;
    private final PayerLookupService payers;
    private final AppUserPrincipal user;
    private final Div content = new Div();
    private long customerId;
    private String title = "Checklist";
    private String accountId = "";
    private String billingCountry = "";
    private @Nullable ChecklistPage shown;
    private String shownState = "";
    private @Nullable AuditTimeline timeline;
    private CustomerChanges.@Nullable Subscription subscription;

    ChecklistView(ChecklistService checklists, CustomerChanges changes, UserDirectory users, CurrentUser currentUser,
            CustomerService customers, AuditService audit, CredentialsService credentials,
            PayerLookupService payers) {
        this.checklists = checklists;
        this.changes = changes;
        this.users = users;
        this.currentUser = currentUser;
        this.customers = customers;
        this.audit = audit;
        this.credentials = credentials;
        this.payers = payers;
        this.user = currentUser.require();
        content.addClassName("checklist");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("customerId").orElse(-1L);
        // Another customer's checklist is answered like a missing one: its existence is not revealed.
        if (id < 0 || !user.canSeeCustomer(id)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (id != customerId) {
            timeline = null;
        }
        customerId = id;
        refresh();
        settleInterruptedCalls();
    }

    /** A step left IN_PROGRESS by a console that stopped mid-call is settled by asking AWS, when staff open it. */
    private void settleInterruptedCalls() {
        if (user.hasRole(Role.OPS, Role.ADMIN) && shown != null && shown.checklist().steps().stream()
                .anyMatch(s -> s.getStatus() == StepStatus.IN_PROGRESS)) {
            var held = pastedCredentials();
            inBackground("settle", () -> checklists.resolveStaleClaims(customerId, held), results -> { });
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | AWS Onboarding Console";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        subscription = changes.subscribe(changed -> {
            if (changed == customerId) {
                ui.access(() -> render(false));
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

    /** Shows the checklist as it is in the database now. */
    void refresh() {
        render(true);
    }

    /** Rebuilds the page, or with {@code force} false only if the checklist changed since it was shown. */
    private void render(boolean force) {
        ChecklistPage page;
        try {
            page = checklists.load(customerId);
        } catch (InvalidInputException e) {
            content.removeAll();
            content.add(new H2("No such customer"));
            return;
        }
        // The view's own changes come back as live updates too: nothing changed, nothing to rebuild.
        var state = stateOf(page);
        if (!force && state.equals(shownState)) {
            return;
        }
        shownState = state;
        shown = page;
        var customer = page.customer();
        title = customer.getName();
        accountId = customer.getAccountId();
        billingCountry = customer.getBillingCountry();
        content.removeAll();

        var name = new H2(customer.getName());
        name.setId("customer-name");
        var facts = new Div(fact("Management account", customer.getAccountId()),
                fact("CSM", customer.getCsmUserId() == null ? "none"
                        : users.find(customer.getCsmUserId()).map(p -> p.displayName()).orElse("unknown")),
                fact("Billing country", customer.getBillingCountry()),
                fact("Root email", customer.getRootEmail()));
        if (user.hasRole(Role.OPS, Role.ADMIN)) {
            facts.add(fact("ExternalId", customer.getExternalId()));
        }
        facts.addClassName("checklist-facts");
        var progress = new ProgressBar(0, 100, customer.progressPercent());
        progress.setId("overall-progress");
        var progressLabel = new Span(customer.progressPercent() + "% complete ("
                + customer.getCompletedSteps() + " of " + StepCatalog.STEPS.size() + " steps)");
        var payerType = new PayerTypeSummary("Payer type", payers.forCustomer(customerId));
        var header = new Div(name, facts, payerType, progressLabel, progress, toolbar());
        header.addClassName("checklist-header");
        content.add(header);

        for (int phase = 1; phase <= StepCatalog.phases(); phase++) {
            content.add(phaseSection(page, phase));
        }
        content.add(new H3("Timeline"), timeline());
    }

    /** The customer's timeline, built once and reloaded with the page. */
    private AuditTimeline timeline() {
        if (timeline == null) {
            timeline = new AuditTimeline(audit, customerId, 30);
            timeline.setId("timeline");
        } else {
            timeline.refresh();
        }
        return timeline;
    }

    /** What the page shows depends on: customer details, every step, the gate overrides, the last activity. */
    private static String stateOf(ChecklistPage page) {
        var customer = page.customer();
        var state = new StringBuilder().append(customer.getVersion()).append('/').append(customer.getLastActivityAt());
        page.checklist().steps().forEach(step -> state.append('/').append(step.getVersion()));
        for (int phase = 1; phase <= StepCatalog.phases(); phase++) {
            state.append(page.checklist().override(phase).isPresent() ? '+' : '-');
        }
        return state.toString();
    }

    private Div toolbar() {
        var bar = new Div();
        bar.addClassName("checklist-toolbar");
        bar.add(new Anchor("customers/" + customerId + "/policy", "The policy for the Platform"));
        if (user.isStaff()) {
            var edit = new Button("Edit customer", e -> CustomerFormDialog.edit(customers, users, currentUser,
                    customers.get(customerId), this::refresh).open());
            edit.setId("edit-customer");
            bar.add(edit);
        }
        if (user.hasRole(Role.OPS, Role.ADMIN)) {
            var pasted = pastedCredentials() != null;
            var access = new Button(pasted ? "AWS credentials: pasted" : "AWS credentials: platform role",
                    e -> new CredentialsDialog(credentials, customerId, accountId, this::refresh).open());
            access.setId("aws-credentials");
            var verifyAll = new Button("Verify all", e -> {
                var held = pastedCredentials();
                inBackground("Verify all", () -> checklists.verifyAll(customerId, held), this::reportAll);
            });
            verifyAll.setId("verify-all");
            bar.add(access, verifyAll);
        }
        return bar;
    }

    private Div phaseSection(ChecklistPage page, int phase) {
        var checklist = page.checklist();
        var section = new Div();
        section.addClassName("checklist-phase");
        section.setId("phase-" + phase);
        var heading = new H3("Phase " + phase + ": " + StepCatalog.PHASE_TITLES.get(phase - 1));
        var phaseProgress = new ProgressBar(0, 100, checklist.phasePercent(phase));
        phaseProgress.setId("phase-" + phase + "-progress");
        section.add(heading, phaseProgress);
        checklist.override(phase).ifPresent(o -> section.add(gateNote(o)));
        if (!checklist.isPhaseOpen(phase)) {
            var locked = new Span("Opens when phase " + (phase - 1) + " is complete.");
            locked.addClassName("phase-locked");
            section.add(locked);
            if (checklist.canOverrideGate(phase, user.role())) {
                int target = phase;
                var override = new Button("Override gate", e -> new ReasonDialog("Open phase " + target + " now?",
                        "Phase " + target + " opens before phase " + (target - 1) + " is complete. The reason is kept"
                                + " in the audit trail.",
                        "Reason", true, "Open phase " + target, PhaseGateOverride.REASON_MAX,
                        reason -> act(() -> checklists.overrideGate(customerId, target, reason))).open());
                override.setId("override-phase-" + phase);
                override.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                section.add(override);
            }
        }
        for (var definition : StepCatalog.phase(phase)) {
            var step = checklist.step(definition.code());
            section.add(new StepCard(step, checklist.allowed(definition.code(), user.role()),
                    checklist.isSettled(definition.code()), this::onCommand));
        }
        return section;
    }

    private static Span gateNote(PhaseGateOverride override) {
        var note = new Span("Gate overridden by " + override.getOverriddenBy() + " at "
                + StepCard.TIME.format(override.getOverriddenAt()) + ": " + override.getReason());
        note.addClassName("phase-override");
        return note;
    }

    private void onCommand(CustomerStep step, StepCommand command) {
        var code = step.getCode();
        var version = step.getVersion();
        var title = step.definition().title();
        int max = CustomerStep.MESSAGE_MAX - 100;
        switch (command) {
            case CONFIRM -> new ReasonDialog("Confirm " + code + ": " + title, "Mark this step as done.",
                    "Note (optional)", false, "Confirm", max,
                    note -> act(() -> checklists.confirm(customerId, code, version, note))).open();
            case SKIP -> new ReasonDialog("Skip " + code + ": " + title, "Say why this step is not needed.", "Reason",
                    true, "Skip", max, reason -> act(() -> checklists.skip(customerId, code, version, reason))).open();
            case REOPEN -> new ReasonDialog("Reopen " + code + ": " + title, "The step goes back to To do.", "Reason",
                    true, "Reopen", max, reason -> act(() -> checklists.reopen(customerId, code, version, reason)))
                    .open();
            case ADD_NOTE -> new ReasonDialog("Note on " + code + ": " + title,
                    "Notes are kept in the audit trail of this customer.", "Note", true, "Add note", max,
                    note -> act(() -> checklists.addNote(customerId, code, note))).open();
            case RUN_ACTION, RETRY -> {
                if (step.definition().automation() == Automation.TAX_REGISTRATION) {
                    new TaxRegistrationDialog(billingCountry, registration -> runAction(code, version, registration))
                            .open();
                    return;
                }
                var dialog = new ConfirmDialog("Run " + code + " in AWS?",
                        "The console calls AWS now, in account " + accountId + ": " + title + ".",
                        command.label(), e -> runAction(code, version, null));
                dialog.setCancelable(true);
                dialog.open();
            }
            case VERIFY -> {
                var held = pastedCredentials();
                inBackground(code, () -> List.of(checklists.verify(customerId, code, held)), this::reportAll);
            }
        }
    }

    private void runAction(String code, long version, @Nullable TaxRegistration registration) {
        var held = pastedCredentials();
        inBackground(code, () -> List.of(checklists.runAction(customerId, code, version, held, registration)),
                this::reportAll);
    }

    /** Pasted credentials live in this user's session, so they are read here, on the UI thread. */
    private @Nullable TemporaryCredentials pastedCredentials() {
        return user.hasRole(Role.OPS, Role.ADMIN) ? credentials.current(customerId).orElse(null) : null;
    }

    /** Runs a change now and refreshes; a refused change says why. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException | StepConflictException e) {
            error(e.getMessage());
        } catch (AccessDeniedException e) {
            error("You may not do this.");
        }
        refresh();
    }

    /** AWS round trips run off the UI thread; the outcome arrives through server push. */
    private void inBackground(String what, Supplier<List<StepResult>> call,
            Consumer<List<StepResult>> report) {
        var ui = UI.getCurrent();
        Thread.ofVirtual().name("aws-" + what).start(new DelegatingSecurityContextRunnable(() -> {
            try {
                var results = call.get();
                ui.access(() -> {
                    report.accept(results);
                    refresh();
                });
            } catch (InvalidInputException | StepConflictException e) {
                ui.access(() -> {
                    error(e.getMessage());
                    refresh();
                });
            } catch (AccessDeniedException e) {
                ui.access(() -> error("You may not do this."));
            }
        }));
    }

    private void reportAll(List<StepResult> results) {
        if (results.isEmpty()) {
            Notification.show("Nothing to check.");
            return;
        }
        long ok = results.stream().filter(StepResult::ok).count();
        if (ok == results.size()) {
            var n = Notification.show(results.size() == 1 ? results.getFirst().message()
                    : "All " + ok + " checks passed.", 5000, Notification.Position.BOTTOM_END);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            var failed = results.stream().filter(r -> !r.ok()).map(r -> r.code() + ": " + r.message()).toList();
            error(String.join("\n", failed));
        }
    }

    private static void error(String message) {
        var n = Notification.show(message, 8000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Div fact(String label, String value) {
        var l = new Span(label);
        l.addClassName("fact-label");
        var v = new Span(value);
        v.addClassName("fact-value");
        return new Div(l, v);
    }
}
