package com.onboarding.console.checklist.domain;

import static com.onboarding.console.checklist.domain.StepCommand.ADD_NOTE;
import static com.onboarding.console.checklist.domain.StepCommand.CONFIRM;
import static com.onboarding.console.checklist.domain.StepCommand.REOPEN;
import static com.onboarding.console.checklist.domain.StepCommand.RETRY;
import static com.onboarding.console.checklist.domain.StepCommand.RUN_ACTION;
import static com.onboarding.console.checklist.domain.StepCommand.SETTLE;
import static com.onboarding.console.checklist.domain.StepCommand.SKIP;
import static com.onboarding.console.checklist.domain.StepCommand.VERIFY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.customers.domain.WaitingOn;
import com.onboarding.console.security.domain.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ChecklistRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final List<CustomerStep> steps = StepCatalog.STEPS.stream().map(d -> new CustomerStep(1, d.code()))
            .toList();
    private final List<PhaseGateOverride> overrides = new ArrayList<>();
    private boolean pastedCredentials;

    private Checklist checklist() {
        return new Checklist(steps, overrides, NOW.minus(Duration.ofMinutes(5)), pastedCredentials);
    }

    private static StepCode code(String text) {
        return StepCode.parse(text);
    }

    private CustomerStep step(String code) {
        return steps.stream().filter(s -> s.getCode().equals(code(code))).findFirst().orElseThrow();
    }

    private void set(String code, StepStatus status) {
        step(code).transition(status, "test", NOW, null);
    }

    private void completePhase(int phase) {
        StepCatalog.phase(phase).forEach(d -> set(d.code().toString(), StepStatus.DONE));
    }

    private java.util.Set<StepCommand> allowed(String code, Role role) {
        return checklist().allowed(code(code), role);
    }

    @Test
    void stepCodesAreReadAndWrittenAsPhaseDotNumber() {
        assertThat(StepCode.parse("2.3")).isEqualTo(StepCode.of(2, 3));
        assertThat(StepCode.of(2, 3)).hasToString("2.3");
        assertThat(StepCode.of(1, 5)).isLessThan(StepCode.of(2, 1));
        assertThatThrownBy(() -> StepCode.parse("2.x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StepCode.parse("2.3 ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new StepCodeConverter().convertToEntityAttribute("3.6")).isEqualTo(StepCode.of(3, 6));
    }

    @Test
    void catalogHasSixteenStepsInThreePhases() {
        assertThat(StepCatalog.STEPS).hasSize(16);
        assertThat(StepCatalog.phases()).isEqualTo(3);
        assertThat(checklist().progress().totalSteps()).as("progress counts the catalog's steps").isEqualTo(16);
        assertThat(StepCatalog.phase(1)).hasSize(5);
        assertThat(StepCatalog.phase(2)).hasSize(5);
        assertThat(StepCatalog.phase(3)).hasSize(6);
        assertThat(StepCatalog.STEPS.stream().filter(StepDefinition::skippable).map(StepDefinition::code))
                .containsExactly(code("1.2"));
    }

    @Test
    void titlesAndHelpNameTheConcreteResources() {
        var names = new StepNames("222233334444", "aws+222233334444@reseller.example", "DE", "doitintl_cmp",
                "123456789012", "AWSAdmin", "210987654321", "doitintl-awsops-222233334444", "Carlos CSM");
        assertThat(StepCatalog.get(code("2.3")).title(names)).isEqualTo("Create the doitintl_cmp role in 222233334444");
        assertThat(StepCatalog.get(code("2.4")).title(names)).contains("AWSAdmin");
        assertThat(StepCatalog.get(code("3.5")).title(names)).contains("doitintl-awsops-222233334444");
        assertThat(StepCatalog.get(code("3.6")).title(names)).contains("doitintl-awsops-222233334444");
        assertThat(StepCatalog.get(code("1.3")).title(names)).contains("aws+222233334444@reseller.example");
        assertThat(StepCatalog.get(code("1.5")).title(names)).contains("Carlos CSM");
        assertThat(StepCatalog.get(code("2.3")).help(names)).contains("123456789012");
        assertThat(StepCatalog.STEPS).allSatisfy(step -> {
            assertThat(step.title(names)).doesNotContain("{");
            assertThat(step.help(names)).doesNotContain("{");
        });
        assertThat(StepCatalog.get(code("1.2")).consolePage()).isEqualTo(AwsConsolePage.IAM_USERS);
        assertThat(StepCatalog.get(code("1.4")).consolePage()).isEqualTo(AwsConsolePage.ROOT_SECURITY_CREDENTIALS);
        assertThat(StepCatalog.get(code("3.2")).consolePage()).isEqualTo(AwsConsolePage.TAX_SETTINGS);
        assertThat(StepCatalog.get(code("3.6")).consolePage()).isEqualTo(AwsConsolePage.COST_AND_USAGE_REPORTS);
    }

    @Test
    void customerWorksOnOwnStepsOnlyAndChecksOnceThePlatformRoleExists() {
        assertThat(allowed("1.1", Role.CUSTOMER)).containsExactlyInAnyOrder(CONFIRM, ADD_NOTE);
        assertThat(allowed("1.2", Role.CUSTOMER)).containsExactlyInAnyOrder(CONFIRM, SKIP, ADD_NOTE);
        assertThat(allowed("1.5", Role.CUSTOMER)).containsExactlyInAnyOrder(CONFIRM, ADD_NOTE);
        completePhase(1);
        assertThat(allowed("2.1", Role.CUSTOMER)).containsExactly(ADD_NOTE);
        assertThat(allowed("2.3", Role.CUSTOMER)).containsExactly(ADD_NOTE);
        set("2.3", StepStatus.DONE);
        assertThat(allowed("1.1", Role.CUSTOMER)).contains(VERIFY).doesNotContain(REOPEN);
    }

    @Test
    void csmOnlyAddsNotes() {
        completePhase(1);
        for (var definition : StepCatalog.STEPS) {
            assertThat(checklist().allowed(definition.code(), Role.CSM)).containsExactly(ADD_NOTE);
        }
    }

    @Test
    void nothingIsOfferedForCheckingBeforeTheConsoleHasAccessToTheAccount() {
        completePhase(1);
        for (var role : Role.values()) {
            var list = checklist();
            assertThat(list.hasConsoleAccess(role)).isFalse();
            for (var definition : StepCatalog.STEPS) {
                assertThat(list.allowed(definition.code(), role)).as(definition.code() + " " + role)
                        .doesNotContain(VERIFY);
            }
        }
        assertThat(checklist().refusal(code("2.2"), Role.OPS, VERIFY)).get().extracting(Refusal::message)
                .isEqualTo("The console has no access to this account yet: paste temporary credentials of the"
                        + " account, or create the platform role (step 2.3) with them.");
        assertThat(Checklist.noAccess(Role.CUSTOMER, "account 111122223333")).isEqualTo("The console has no"
                + " access to account 111122223333 yet: AWS Ops check this after step 2.3.");

        pastedCredentials = true;
        assertThat(checklist().hasConsoleAccess(Role.OPS)).isTrue();
        assertThat(allowed("2.2", Role.OPS)).contains(VERIFY);
        assertThat(checklist().hasConsoleAccess(Role.CUSTOMER)).as("customers' checks never use pasted"
                + " credentials").isFalse();
        assertThat(allowed("1.3", Role.CUSTOMER)).doesNotContain(VERIFY);

        pastedCredentials = false;
        set("2.3", StepStatus.DONE);
        assertThat(checklist().hasConsoleAccess(Role.OPS)).isTrue();
        assertThat(allowed("2.2", Role.OPS)).contains(VERIFY);
        assertThat(allowed("1.3", Role.CUSTOMER)).contains(VERIFY);
    }

    @Test
    void opsHelpsWithCustomerStepsAndOwnsTheRest() {
        assertThat(allowed("1.3", Role.OPS)).contains(CONFIRM).doesNotContain(VERIFY);
        pastedCredentials = true;
        assertThat(allowed("1.3", Role.OPS)).contains(CONFIRM, VERIFY);
        completePhase(1);
        assertThat(allowed("2.1", Role.OPS)).containsExactlyInAnyOrder(CONFIRM, ADD_NOTE);
        assertThat(allowed("2.3", Role.OPS)).containsExactlyInAnyOrder(RUN_ACTION, VERIFY, ADD_NOTE);
        assertThat(allowed("2.3", Role.ADMIN)).containsExactlyInAnyOrder(RUN_ACTION, VERIFY, ADD_NOTE);
    }

    @Test
    void theRuleOfWhoMayDoWhatIsOneForButtonsAndRefusals() {
        completePhase(1);
        var list = checklist();
        for (var definition : StepCatalog.STEPS) {
            for (var role : Role.values()) {
                for (var command : StepCommand.values()) {
                    var allowed = list.allowed(definition.code(), role).contains(command);
                    var refusal = list.refusal(definition.code(), role, command);
                    assertThat(refusal.isEmpty()).as(definition.code() + " " + role + " " + command).isEqualTo(allowed);
                    if (!StepPermissions.mayEverGive(definition, role, command)) {
                        assertThat(refusal).get().extracting(Refusal::reason).isEqualTo(Refusal.Reason.NOT_YOURS);
                    }
                }
            }
        }
        assertThat(list.refusal(code("2.3"), Role.CUSTOMER, RUN_ACTION)).get().extracting(Refusal::message)
                .isEqualTo("You may not run step 2.3.");
        assertThat(checklist().refusal(code("3.1"), Role.OPS, CONFIRM)).get().extracting(Refusal::reason)
                .isEqualTo(Refusal.Reason.PHASE_CLOSED);
    }

    @Test
    void phaseTwoOpensWhenPhaseOneIsDoneOrSkipped() {
        assertThat(checklist().isPhaseOpen(2)).isFalse();
        assertThat(allowed("2.1", Role.OPS)).doesNotContain(CONFIRM);
        completePhase(1);
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
        assertThat(allowed("2.3", Role.OPS)).contains(RETRY).doesNotContain(RUN_ACTION);
        assertThat(checklist().primary(code("2.3"), Role.OPS)).contains(RETRY);
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
        assertThat(list.allowed(code("2.1"), Role.OPS)).contains(CONFIRM);
        assertThat(list.isPhaseOpen(3)).isFalse();
    }

    @Test
    void doneStepsAreReopenedByOpsOnly() {
        set("1.1", StepStatus.DONE);
        assertThat(allowed("1.1", Role.OPS)).contains(REOPEN).doesNotContain(CONFIRM, SKIP);
        assertThat(allowed("1.1", Role.ADMIN)).contains(REOPEN);
        assertThat(allowed("1.1", Role.CUSTOMER)).doesNotContain(REOPEN, CONFIRM);
        assertThat(allowed("1.1", Role.CSM)).doesNotContain(REOPEN);
    }

    @Test
    void stepInProgressOffersOnlyNotesUntilItsClaimIsStale() {
        completePhase(1);
        set("2.3", StepStatus.IN_PROGRESS);
        ReflectionTestUtils.setField(step("2.3"), "claimedAt", NOW.minusSeconds(10));
        assertThat(allowed("2.3", Role.OPS)).containsExactly(ADD_NOTE);
        ReflectionTestUtils.setField(step("2.3"), "claimedAt", NOW.minus(Duration.ofMinutes(6)));
        assertThat(allowed("2.3", Role.OPS)).containsExactlyInAnyOrder(SETTLE, ADD_NOTE);
        assertThat(allowed("2.3", Role.CSM)).containsExactly(ADD_NOTE);
    }

    @Test
    void rootMfaRemovedIsSettledOnceMfaIsBack() {
        pastedCredentials = true;
        completePhase(1);
        assertThat(allowed("1.4", Role.OPS)).contains(VERIFY);
        set("2.2", StepStatus.DONE);
        assertThat(checklist().isSettled(code("1.4"))).isTrue();
        assertThat(allowed("1.4", Role.OPS)).doesNotContain(VERIFY);
    }

    @Test
    void nextStepIsTheFirstOpenStepOfTheUsersOwnWithItsButton() {
        pastedCredentials = true;
        assertThat(checklist().next(Role.CUSTOMER)).isEqualTo(new NextStep(NextStep.Kind.ACT, code("1.1"), CONFIRM,
                null));
        assertThat(checklist().next(Role.OPS)).isEqualTo(new NextStep(NextStep.Kind.WAIT, code("1.1"), null,
                Role.CUSTOMER));
        assertThat(checklist().next(Role.CSM).waitingOn()).isEqualTo(Role.CUSTOMER);
        assertThat(checklist().next(Role.ADMIN).kind()).isEqualTo(NextStep.Kind.ACT);

        completePhase(1);
        assertThat(checklist().next(Role.CUSTOMER)).isEqualTo(new NextStep(NextStep.Kind.WAIT, code("2.1"), null,
                Role.OPS));
        assertThat(checklist().next(Role.OPS)).isEqualTo(new NextStep(NextStep.Kind.ACT, code("2.1"), CONFIRM, null));
        set("2.1", StepStatus.DONE);
        assertThat(checklist().next(Role.OPS)).as("staff verify a step done in the AWS console")
                .isEqualTo(new NextStep(NextStep.Kind.ACT, code("2.2"), VERIFY, null));
        set("2.2", StepStatus.DONE);
        assertThat(checklist().next(Role.OPS).command()).isEqualTo(RUN_ACTION);
        set("2.3", StepStatus.IN_PROGRESS);
        assertThat(checklist().next(Role.OPS).step()).as("a running call is passed over").isEqualTo(code("2.4"));
        assertThat(checklist().next(Role.CSM)).isEqualTo(new NextStep(NextStep.Kind.WAIT, code("2.3"), null,
                Role.OPS));

        completePhase(2);
        completePhase(3);
        assertThat(checklist().next(Role.CUSTOMER).kind()).isEqualTo(NextStep.Kind.COMPLETE);
        assertThat(checklist().next(Role.OPS).kind()).isEqualTo(NextStep.Kind.COMPLETE);
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
