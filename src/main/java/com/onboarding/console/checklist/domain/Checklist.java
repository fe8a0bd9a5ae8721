package com.onboarding.console.checklist.domain;

import com.onboarding.console.customers.domain.ChecklistProgress;
import com.onboarding.console.customers.domain.WaitingOn;
import com.onboarding.console.security.domain.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One customer's sixteen steps with the phase gates: the rules of who may do what, when. Pure logic, so
 * the service enforces and the view shows exactly the same thing.
 */
public final class Checklist {

    private final Map<String, CustomerStep> steps;
    private final Map<Integer, PhaseGateOverride> overrides;

    public Checklist(Collection<CustomerStep> steps, Collection<PhaseGateOverride> overrides) {
        var byCode = steps.stream().collect(Collectors.toMap(CustomerStep::getCode, Function.identity()));
        this.steps = new LinkedHashMap<>();
        for (var definition : StepCatalog.STEPS) {
            var step = byCode.get(definition.code());
            if (step == null) {
                throw new IllegalStateException("Checklist lacks step " + definition.code());
            }
            this.steps.put(definition.code(), step);
        }
        this.overrides = overrides.stream()
                .collect(Collectors.toMap(PhaseGateOverride::getPhase, Function.identity()));
    }

    public List<CustomerStep> steps() {
        return List.copyOf(steps.values());
    }

    public CustomerStep step(String code) {
        var step = steps.get(code);
        if (step == null) {
            throw new IllegalArgumentException("No step " + code);
        }
        return step;
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
        return StepCatalog.phase(phase).stream().allMatch(d -> step(d.code()).getStatus().isComplete());
    }

    public int phasePercent(int phase) {
        var definitions = StepCatalog.phase(phase);
        long complete = definitions.stream().filter(d -> step(d.code()).getStatus().isComplete()).count();
        return (int) (complete * 100 / definitions.size());
    }

    public boolean canOverrideGate(int phase, Role role) {
        return phase > 1 && (role == Role.OPS || role == Role.ADMIN) && !isPhaseOpen(phase);
    }

    public ChecklistProgress progress() {
        int completed = (int) steps.values().stream().filter(s -> s.getStatus().isComplete()).count();
        int failed = (int) steps.values().stream().filter(s -> s.getStatus() == StepStatus.FAILED).count();
        int currentPhase = 1;
        while (currentPhase < StepCatalog.phases() && isPhaseComplete(currentPhase)) {
            currentPhase++;
        }
        WaitingOn waitingOn;
        if (completed == steps.size()) {
            waitingOn = WaitingOn.NOBODY;
        } else {
            waitingOn = steps.values().stream()
                    .filter(s -> !s.getStatus().isComplete() && s.definition().phase() == firstIncompletePhase())
                    .anyMatch(s -> s.definition().isCustomerStep()) ? WaitingOn.CUSTOMER : WaitingOn.OPS;
        }
        return new ChecklistProgress(completed, failed, currentPhase, waitingOn);
    }

    private int firstIncompletePhase() {
        for (int phase = 1; phase <= StepCatalog.phases(); phase++) {
            if (!isPhaseComplete(phase)) {
                return phase;
            }
        }
        return StepCatalog.phases();
    }

    /**
     * What this role may do to the step now. The step's owner role acts on it; OPS and ADMIN may also help
     * with customer steps; CSMs only add notes. AWS actions are for OPS and ADMIN.
     */
    public Set<StepCommand> allowed(String code, Role role) {
        var step = step(code);
        var definition = step.definition();
        var allowed = EnumSet.of(StepCommand.ADD_NOTE);
        boolean mayAct = role == Role.ADMIN || role == definition.owner()
                || (definition.isCustomerStep() && role == Role.OPS);
        if (!mayAct) {
            return allowed;
        }
        boolean staff = role == Role.OPS || role == Role.ADMIN;
        var status = step.getStatus();
        var automation = definition.automation();
        if (status.isOpen() && isPhaseOpen(definition.phase())) {
            if (definition.confirmable()) {
                allowed.add(StepCommand.CONFIRM);
            }
            if (definition.skippable()) {
                allowed.add(StepCommand.SKIP);
            }
            if (automation != null && automation.hasAction() && staff) {
                allowed.add(status == StepStatus.FAILED ? StepCommand.RETRY : StepCommand.RUN_ACTION);
            }
        }
        if (status.isComplete() && staff) {
            allowed.add(StepCommand.REOPEN);
        }
        if (automation != null && status != StepStatus.IN_PROGRESS && !isSettled(code)) {
            allowed.add(StepCommand.VERIFY);
        }
        return allowed;
    }

    /** Root MFA "removed" only matters until 2.2 turns it on again: afterwards its last verification stands. */
    public boolean isSettled(String code) {
        return code.equals(StepCatalog.ROOT_MFA_REMOVED)
                && step(StepCatalog.ROOT_MFA_ENABLED).getStatus() == StepStatus.DONE;
    }
}
