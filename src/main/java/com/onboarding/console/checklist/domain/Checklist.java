package com.onboarding.console.checklist.domain;

import static com.onboarding.console.checklist.domain.StepPermissions.isStaff;

import com.onboarding.console.customers.domain.ChecklistProgress;
import com.onboarding.console.security.domain.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One customer's sixteen steps with the phase gates: the rules of what may be done when, on top of who may do
 * what ({@link StepPermissions}). Pure logic, so the service enforces and the view shows exactly the same thing.
 */
public final class Checklist {

    /** The buttons a step offers, best first: the first one allowed is the step's primary button. */
    private static final List<StepCommand> PRIMARY_ORDER = List.of(StepCommand.RETRY, StepCommand.RUN_ACTION,
            StepCommand.SETTLE, StepCommand.CONFIRM, StepCommand.VERIFY, StepCommand.SKIP, StepCommand.REOPEN);

    private final List<CustomerStep> steps;
    private final Map<Integer, PhaseGateOverride> overrides;
    private final Instant staleClaimsBefore;
    private final boolean pastedCredentials;

    /** A checklist seen by someone who holds no pasted credentials for the customer's account. */
    public Checklist(Collection<CustomerStep> steps, Collection<PhaseGateOverride> overrides,
            Instant staleClaimsBefore) {
        this(steps, overrides, staleClaimsBefore, false);
    }

    /**
     * @param staleClaimsBefore an IN_PROGRESS claim made before this belongs to a call that never reported back
     * @param pastedCredentials whether the user's AWS calls go in with credentials they pasted for the account
     */
    public Checklist(Collection<CustomerStep> steps, Collection<PhaseGateOverride> overrides,
            Instant staleClaimsBefore, boolean pastedCredentials) {
        var byCode = steps.stream().collect(Collectors.toMap(CustomerStep::getCode, Function.identity()));
        this.steps = StepCatalog.STEPS.stream().map(definition -> {
            var step = byCode.get(definition.code());
            if (step == null) {
                throw new IllegalStateException("Checklist lacks step " + definition.code());
            }
            return step;
        }).toList();
        this.overrides = overrides.stream()
                .collect(Collectors.toMap(PhaseGateOverride::getPhase, Function.identity()));
        this.staleClaimsBefore = staleClaimsBefore;
        this.pastedCredentials = pastedCredentials;
    }

    public List<CustomerStep> steps() {
        return steps;
    }

    public CustomerStep step(StepCode code) {
        return steps.get(StepCatalog.indexOf(code));
    }

    public Optional<PhaseGateOverride> override(int phase) {
        return Optional.ofNullable(overrides.get(phase));
    }

    /** Phase 1 is always open; a later phase opens when the one before is complete, or OPS overrode its gate. */
    public boolean isPhaseOpen(int phase) {
        if (phase <= 1 || overrides.containsKey(phase)) {
            return true;
        }
        return isPhaseOpen(phase - 1) && isPhaseComplete(phase - 1);
    }

    public boolean isPhaseComplete(int phase) {
        return completedIn(phase) == StepCatalog.phase(phase).size();
    }

    public int completedIn(int phase) {
        return (int) StepCatalog.phase(phase).stream().filter(d -> step(d.code()).getStatus().isComplete()).count();
    }

    public int phasePercent(int phase) {
        return completedIn(phase) * 100 / StepCatalog.phase(phase).size();
    }

    public boolean canOverrideGate(int phase, Role role) {
        return phase > 1 && isStaff(role) && !isPhaseOpen(phase);
    }

    /** What the customer's row keeps of the checklist. */
    public ChecklistProgress progress() {
        return ProgressSummary.of(this);
    }

    /** Records on each settled step since when and how long it held the customer up (see {@link SettleTimes}). */
    public void recordHoldTimes(Instant customerCreated) {
        SettleTimes.recordHoldTimes(steps, customerCreated);
    }

    /** What this role may do to the step now. */
    public Set<StepCommand> allowed(StepCode code, Role role) {
        var step = step(code);
        var definition = step.definition();
        var allowed = EnumSet.of(StepCommand.ADD_NOTE);
        if (!StepPermissions.mayAct(definition, role)) {
            return allowed;
        }
        var status = step.getStatus();
        var automation = definition.automation();
        if (status.isOpen() && isPhaseOpen(definition.phase())) {
            if (definition.confirmable()) {
                allowed.add(StepCommand.CONFIRM);
            }
            if (definition.skippable()) {
                allowed.add(StepCommand.SKIP);
            }
            if (automation != null && automation.hasAction()) {
                allowed.add(status == StepStatus.FAILED ? StepCommand.RETRY : StepCommand.RUN_ACTION);
            }
        }
        if (status.isComplete()) {
            allowed.add(StepCommand.REOPEN);
        }
        if (automation != null && status != StepStatus.IN_PROGRESS && !isSettled(code) && hasConsoleAccess(role)) {
            allowed.add(StepCommand.VERIFY);
        }
        if (status == StepStatus.IN_PROGRESS && isStale(step)) {
            allowed.add(StepCommand.SETTLE);
        }
        allowed.removeIf(command -> !StepPermissions.mayEverGive(definition, role, command));
        return allowed;
    }

    /**
     * Whether a check by this role can reach the customer's account: through the platform role once its step is
     * done, or with the credentials staff pasted. Without either a check could only be refused, so none is offered.
     */
    public boolean hasConsoleAccess(Role role) {
        return step(StepCatalog.PLATFORM_ROLE).getStatus() == StepStatus.DONE || isStaff(role) && pastedCredentials;
    }

    /**
     * Why nothing can be checked in AWS yet, and what brings access, in the words of the role's own work.
     *
     * @param account the account as the sentence names it ("account 111122223333", "this account")
     */
    public static String noAccess(Role role, String account) {
        return isStaff(role)
                ? "The console has no access to " + account + " yet: paste temporary credentials of the account,"
                        + " or create the platform role (step " + StepCatalog.PLATFORM_ROLE + ") with them."
                : "The console has no access to " + account + " yet: AWS Ops check this after step "
                        + StepCatalog.PLATFORM_ROLE + ".";
    }

    /** The button a step shows first for this role, if it offers any but a note; none before its phase opens. */
    public Optional<StepCommand> primary(StepCode code, Role role) {
        if (!isPhaseOpen(code.phase())) {
            return Optional.empty();
        }
        var allowed = allowed(code, role);
        // Staff check a step a person did in the AWS console rather than vouch for it.
        if (isStaff(role) && step(code).definition().kind() == StepKind.AWS_VERIFY
                && !step(code).definition().isCustomerStep() && allowed.contains(StepCommand.VERIFY)
                && step(code).getStatus().isOpen()) {
            return Optional.of(StepCommand.VERIFY);
        }
        return PRIMARY_ORDER.stream().filter(allowed::contains).findFirst();
    }

    /** Why the role cannot give the command on the step now, or empty when it can. */
    public Optional<Refusal> refusal(StepCode code, Role role, StepCommand command) {
        var step = step(code);
        var definition = step.definition();
        if (!StepPermissions.mayEverGive(definition, role, command)) {
            return Optional.of(new Refusal(Refusal.Reason.NOT_YOURS,
                    "You may not " + command.label().toLowerCase() + " step " + code + "."));
        }
        if (allowed(code, role).contains(command)) {
            return Optional.empty();
        }
        if (!isPhaseOpen(definition.phase()) && command != StepCommand.VERIFY) {
            return Optional.of(new Refusal(Refusal.Reason.PHASE_CLOSED, "Phase " + definition.phase()
                    + " opens when phase " + (definition.phase() - 1)
                    + " is complete; OPS may override the gate with a reason."));
        }
        if (command == StepCommand.VERIFY && !hasConsoleAccess(role) && !isSettled(code)) {
            return Optional.of(new Refusal(Refusal.Reason.NOT_NOW, noAccess(role, "this account")));
        }
        return Optional.of(new Refusal(Refusal.Reason.NOT_NOW, "Step " + code + " is "
                + step.getStatus().label().toLowerCase() + ": it cannot be " + command.pastTense() + " now."));
    }

    /** The first step this role can move on, or whom the onboarding waits for. */
    public NextStep next(Role role) {
        @Nullable CustomerStep waiting = null;
        for (var step : steps) {
            var definition = step.definition();
            if (step.getStatus().isComplete() || !isPhaseOpen(definition.phase())) {
                continue;
            }
            if (step.getStatus().isOpen() && StepPermissions.isMove(definition, role)) {
                var primary = primary(definition.code(), role);
                if (primary.isPresent()) {
                    return NextStep.act(definition.code(), primary.get());
                }
            }
            if (waiting == null) {
                waiting = step;
            }
        }
        return waiting == null ? NextStep.complete()
                : NextStep.waitFor(waiting.getCode(), waiting.definition().owner());
    }

    /** Root MFA "removed" only matters until 2.2 turns it on again: afterwards its last verification stands. */
    public boolean isSettled(StepCode code) {
        return code.equals(StepCatalog.ROOT_MFA_REMOVED)
                && step(StepCatalog.ROOT_MFA_ENABLED).getStatus() == StepStatus.DONE;
    }

    /** An IN_PROGRESS claim so old that its call cannot be running any more. */
    public boolean isStale(CustomerStep step) {
        var claimedAt = step.getClaimedAt();
        return step.getStatus() == StepStatus.IN_PROGRESS && claimedAt != null
                && claimedAt.isBefore(staleClaimsBefore);
    }
}
