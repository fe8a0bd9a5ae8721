package com.onboarding.console.checklist.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.checklist.domain.Checklist;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepNames;
import com.onboarding.console.checklist.domain.StepPermissions;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.payer.service.PayerLookupService;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.service.UserDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the checklist page of one customer for the current user: a database read, never an AWS call. */
@Component
class ChecklistPages {

    private static final int HISTORY_LIMIT = 8;

    private final ChecklistChanges changes;
    private final UserDirectory users;
    private final PayerLookupService payers;
    private final AuditService audit;
    private final AwsSettings aws;

    ChecklistPages(ChecklistChanges changes, UserDirectory users, PayerLookupService payers, AuditService audit,
            AwsSettings aws) {
        this.changes = changes;
        this.users = users;
        this.payers = payers;
        this.audit = audit;
        this.aws = aws;
    }

    @Transactional(readOnly = true)
    ChecklistPage page(long customerId, boolean pastedCredentials) {
        var read = changes.read(customerId, pastedCredentials);
        var user = read.user;
        var customer = read.customer;
        var checklist = read.checklist;
        var csm = customer.getCsmUserId() == null ? null
                : users.find(customer.getCsmUserId()).map(UserDirectory.Person::displayName).orElse(null);
        var names = names(customer, csm);
        var who = shownNames();
        var staff = user.isStaff();
        var awsAccess = StepPermissions.isStaff(user.role());
        return new ChecklistPage(customerId, customer.getName(), customer.getAccountId(),
                customer.getBillingCountry(), customer.getRootEmail(), awsAccess ? customer.getExternalId() : null,
                csm, payers.forCustomer(customerId), checklist.progress().completedSteps(),
                checklist.progress().percent(), phases(checklist, user, who), steps(checklist, user, names, who),
                checklist.next(user.role()), names, staff, awsAccess, checklist.hasConsoleAccess(user.role()) ? null
                        : Checklist.noAccess(user.role(), "account " + customer.getAccountId()));
    }

    @Transactional(readOnly = true)
    List<StepEvent> history(long customerId, StepCode code) {
        return audit.stepHistory(customerId, code.toString(), HISTORY_LIMIT).stream()
                .map(e -> new StepEvent(e.getOccurredAt(), audit.nameOf(e.getActor()), describe(e.getAction(), e.getFromState(),
                        e.getToState(), e.getMessage())))
                .toList();
    }

    private static String describe(AuditAction action, @Nullable String from, @Nullable String to,
            @Nullable String message) {
        var what = switch (action) {
            case STEP_NOTE -> "Note";
            case STAFF_NOTE -> "Internal note";
            case AWS_CALL -> "AWS: " + label(to);
            case STEP_TRANSITION -> label(from) + " → " + label(to);
            default -> action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
        return message == null || message.isBlank() ? what : what + ": " + message;
    }

    /** A status or verification as the page words it. */
    private static String label(@Nullable String state) {
        if (state == null) {
            return "";
        }
        for (var status : StepStatus.values()) {
            if (status.name().equals(state)) {
                return status.label();
            }
        }
        for (var verification : VerificationState.values()) {
            if (verification.name().equals(state)) {
                return verification.label();
            }
        }
        return state;
    }

    private StepNames names(Customer customer, @Nullable String csm) {
        return new StepNames(customer.getAccountId(), customer.getRootEmail(), customer.getBillingCountry(),
                aws.platformRoleName(), aws.platformAccountId(), aws.billingRoleName(), aws.billingAccountId(),
                aws.reportName(customer.getAccountId()), csm == null ? "your customer success manager" : csm);
    }

    /** Each person's name as the current user sees them, asked once per page. */
    private UnaryOperator<String> shownNames() {
        var shown = new HashMap<String, String>();
        return actor -> shown.computeIfAbsent(actor, audit::nameOf);
    }

    private static List<PhaseLine> phases(Checklist checklist, AppUserPrincipal user, UnaryOperator<String> who) {
        var phases = new ArrayList<PhaseLine>();
        for (int phase = 1; phase <= StepCatalog.phases(); phase++) {
            var override = checklist.override(phase)
                    .map(o -> new PhaseLine.Override(who.apply(o.getOverriddenBy()), o.getOverriddenAt(), o.getReason()))
                    .orElse(null);
            phases.add(new PhaseLine(phase, StepCatalog.PHASE_TITLES.get(phase - 1), checklist.completedIn(phase),
                    StepCatalog.phase(phase).size(), checklist.isPhaseOpen(phase),
                    checklist.canOverrideGate(phase, user.role()), override));
        }
        return phases;
    }

    private static List<StepLine> steps(Checklist checklist, AppUserPrincipal user, StepNames names,
            UnaryOperator<String> who) {
        return checklist.steps().stream().map(step -> {
            var definition = step.definition();
            var code = definition.code();
            var by = step.getChangedBy();
            return new StepLine(code, definition.title(names), definition.owner(), definition.kind(),
                    definition.automation() != null, step.getStatus(), step.getVerification(),
                    checklist.isSettled(code), step.getMessage(), step.getVerificationMessage(),
                    step.getVerificationAt(), by == null ? null : who.apply(by), step.getChangedAt(), step.getVersion(),
                    checklist.allowed(code, user.role()), checklist.primary(code, user.role()).orElse(null),
                    definition.consolePage(), step.getInputValue());
        }).toList();
    }
}
