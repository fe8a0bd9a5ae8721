package com.onboarding.console.checklist.domain;

import static com.onboarding.console.checklist.domain.StepCommand.ADD_NOTE;
import static com.onboarding.console.checklist.domain.StepCommand.CONFIRM;
import static com.onboarding.console.checklist.domain.StepCommand.REOPEN;
import static com.onboarding.console.checklist.domain.StepCommand.RETRY;
import static com.onboarding.console.checklist.domain.StepCommand.RUN_ACTION;
import static com.onboarding.console.checklist.domain.StepCommand.SKIP;
import static com.onboarding.console.checklist.domain.StepCommand.VERIFY;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.customers.domain.ChecklistProgress;
import com.onboarding.console.customers.domain.WaitingOn;
import com.onboarding.console.security.domain.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final List<CustomerStep> steps = StepCatalog.STEPS.stream().map(d -> new CustomerStep(1, d.code()))
            .toList();
    private final List<PhaseGateOverride> overrides = new ArrayList<>();

    private Checklist checklist() {
        return new Checklist(steps, overrides);
    }

    private void set(String code, StepStatus status) {
        steps.stream().filter(s -> s.getCode().equals(code)).findFirst().orElseThrow()
                .transition(status, "test", NOW, null);
    }

    private void completePhase(int phase) {
        StepCatalog.phase(phase).forEach(d -> set(d.code(), StepStatus.DONE));
    }

    @Test
    void catalogHasSixteenStepsInThreePhases() {
        assertThat(StepCatalog.STEPS).hasSize(16).hasSize(ChecklistProgress.TOTAL_STEPS);
        assertThat(StepCatalog.phases()).isEqualTo(ChecklistProgress.PHASES);
        assertThat(StepCatalog.phase(1)).hasSize(5);
        assertThat(StepCatalog.phase(2)).hasSize(5);
        assertThat(StepCatalog.phase(3)).hasSize(6);
        assertThat(StepCatalog.STEPS.stream().filter(StepDefinition::skippable).map(StepDefinition::code))
                .containsExactly("1.2");
    }

    @Test
    void customerWorksOnOwnStepsOnly() {
        var list = checklist();
        assertThat(list.allowed("1.1", Role.CUSTOMER)).containsExactlyInAnyOrder(CONFIRM, VERIFY, ADD_NOTE);
        assertThat(list.allowed("1.2", Role.CUSTOMER)).containsExactlyInAnyOrder(CONFIRM, SKIP, VERIFY, ADD_NOTE);
        assertThat(list.allowed("1.5", Role.CUSTOMER)).containsExactlyInAnyOrder(CONFIRM, ADD_NOTE);
        completePhase(1);
        assertThat(checklist().allowed("2.1", Role.CUSTOMER)).containsExactly(ADD_NOTE);
        assertThat(checklist().allowed("2.3", Role.CUSTOMER)).containsExactly(ADD_NOTE);
    }

    @Test
    void csmOnlyAddsNotes() {
        completePhase(1);
        for (var definition : StepCatalog.STEPS) {
            assertThat(checklist().allowed(definition.code(), Role.CSM)).containsExactly(ADD_NOTE);
        }
    }

    @Test
    void opsHelpsWithCustomerStepsAndOwnsTheRest() {
        assertThat(checklist().allowed("1.3", Role.OPS)).contains(CONFIRM, VERIFY);
        completePhase(1);
        var list = checklist();
        assertThat(list.allowed("2.1", Role.OPS)).containsExactlyInAnyOrder(CONFIRM, ADD_NOTE);
        assertThat(list.allowed("2.3", Role.OPS)).containsExactlyInAnyOrder(RUN_ACTION, VERIFY, ADD_NOTE);
        assertThat(list.allowed("2.3", Role.ADMIN)).containsExactlyInAnyOrder(RUN_ACTION, VERIFY, ADD_NOTE);
    }

    @Test
    void phaseTwoOpensWhenPhaseOneIsDoneOrSkipped() {
        assertThat(checklist().isPhaseOpen(2)).isFalse();
        assertThat(checklist().allowed("2.1", Role.OPS)).doesNotContain(CONFIRM);
        StepCatalog.phase(1).forEach(d -> set(d.code(), StepStatus.DONE));
        set("1.2", StepStatus.SKIPPED);
        assertThat(checklist().isPhaseOpen(2)).isTrue();
        assertThat(checklist().isPhaseOpen(3)).isFalse();
        completePhase(2);
        assertThat(checklist().isPhaseOpen(3)).isTrue();
    }

    @Test
    void failedStepKeepsPhaseClosed() {
        completePhase(1);
        completePhase(2);
        set("2.3", StepStatus.FAILED);
        assertThat(checklist().isPhaseOpen(3)).isFalse();
        assertThat(checklist().allowed("2.3", Role.OPS)).contains(RETRY).doesNotContain(RUN_ACTION);
    }

    @Test
    void opsMayOverrideAClosedGate() {
        assertThat(checklist().canOverrideGate(2, Role.OPS)).isTrue();
        assertThat(checklist().canOverrideGate(2, Role.CSM)).isFalse();
        assertThat(checklist().canOverrideGate(2, Role.CUSTOMER)).isFalse();
        assertThat(checklist().canOverrideGate(1, Role.OPS)).isFalse();
        overrides.add(new PhaseGateOverride(1, 2, "ops", NOW, "customer is on holiday"));
        var list = checklist();
        assertThat(list.isPhaseOpen(2)).isTrue();
        assertThat(list.canOverrideGate(2, Role.OPS)).isFalse();
        assertThat(list.allowed("2.1", Role.OPS)).contains(CONFIRM);
        assertThat(list.isPhaseOpen(3)).isFalse();
    }

    @Test
    void doneStepsAreReopenedByOpsOnly() {
        set("1.1", StepStatus.DONE);
        var list = checklist();
        assertThat(list.allowed("1.1", Role.OPS)).contains(REOPEN).doesNotContain(CONFIRM, SKIP);
        assertThat(list.allowed("1.1", Role.ADMIN)).contains(REOPEN);
        assertThat(list.allowed("1.1", Role.CUSTOMER)).doesNotContain(REOPEN, CONFIRM);
        assertThat(list.allowed("1.1", Role.CSM)).doesNotContain(REOPEN);
    }

    @Test
    void stepInProgressOffersOnlyNotes() {
        completePhase(1);
        set("2.3", StepStatus.IN_PROGRESS);
        assertThat(checklist().allowed("2.3", Role.OPS)).containsExactly(ADD_NOTE);
    }

    @Test
    void rootMfaRemovedIsSettledOnceMfaIsBack() {
        completePhase(1);
        assertThat(checklist().allowed("1.4", Role.OPS)).contains(VERIFY);
        set("2.2", StepStatus.DONE);
        assertThat(checklist().isSettled("1.4")).isTrue();
        assertThat(checklist().allowed("1.4", Role.OPS)).doesNotContain(VERIFY);
    }

    @Test
    void progressSaysWhoIsNext() {
        assertThat(checklist().progress().waitingOn()).isEqualTo(WaitingOn.CUSTOMER);
        assertThat(checklist().progress().currentPhase()).isEqualTo(1);
        completePhase(1);
        var progress = checklist().progress();
        assertThat(progress.completedSteps()).isEqualTo(5);
        assertThat(progress.currentPhase()).isEqualTo(2);
        assertThat(progress.waitingOn()).isEqualTo(WaitingOn.OPS);
        assertThat(progress.percent()).isEqualTo(31);
        set("2.3", StepStatus.FAILED);
        assertThat(checklist().progress().failedSteps()).isEqualTo(1);
        completePhase(2);
        completePhase(3);
        assertThat(checklist().progress().waitingOn()).isEqualTo(WaitingOn.NOBODY);
        assertThat(checklist().progress().percent()).isEqualTo(100);
        assertThat(checklist().phasePercent(3)).isEqualTo(100);
    }
}
