package com.onboarding.console.customers.service;

import static com.onboarding.console.checklist.Steps.code;
import static com.onboarding.console.checklist.Steps.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.domain.Checklist;
import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.domain.OnboardingTimes;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The customer row keeps when each phase and the checklist were completed, and each settled step since when it held
 * the customer up, in the step change's transaction.
 */
class OnboardingTimesTest extends ConsoleTest {

    private static final String TIMES = "select phase1_completed_at, phase2_completed_at, phase3_completed_at,"
            + " onboarded_at, steps_changed_at from customer";
    private static final String HELD = "select code, held_since, held_seconds from customer_step"
            + " where customer_id = ? order by code";

    @Autowired
    private ChecklistService checklists;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void stepChangesKeepThePhaseCompletionAndTheLastStepChangeOnTheRow() {
        runAs("ops");
        long customer = fixture().customer("Onboarding Times").id();
        assertThat(times(customer)).containsOnlyNulls();

        Steps.confirm(checklists, customer, "1.1");
        assertThat(times(customer)).containsExactly(null, null, null, null, changedAt(customer, "1.1"));

        checklists.skip(customer, code("1.2"), version(checklists, customer, "1.2"), "Admin user exists");
        Steps.confirm(checklists, customer, "1.3", "1.4", "1.5");
        var lastOfPhaseOne = changedAt(customer, "1.5");
        assertThat(times(customer)).containsExactly(lastOfPhaseOne, null, null, null, lastOfPhaseOne);

        checklists.reopen(customer, code("1.3"), version(checklists, customer, "1.3"), "Wrong user");
        assertThat(times(customer)).containsExactly(null, null, null, null, changedAt(customer, "1.3"));
        Steps.confirm(checklists, customer, "1.3");
        var again = changedAt(customer, "1.3");
        assertThat(again).isAfter(lastOfPhaseOne);
        assertThat(times(customer)).containsExactly(again, null, null, null, again);
    }

    /** What the checklist keeps on the rows is what the migration computes for rows written before it. */
    @Test
    void theBackfillOfExistingCustomersComputesWhatTheChecklistKeeps() {
        runAs("ops");
        long customer = fixture().customer("Onboarding Times Backfill").id();
        Steps.confirm(checklists, customer, "1.1", "1.2", "1.3", "1.4", "1.5", "2.1");
        var kept = jdbc.queryForList(TIMES + " where id = ?", customer);
        var held = jdbc.queryForList(HELD, customer);
        // As a row written before the times were kept.
        jdbc.update("update customer set phase1_completed_at = null, phase2_completed_at = null,"
                + " phase3_completed_at = null, onboarded_at = null, steps_changed_at = null where id = ?", customer);
        jdbc.update("update customer_step set held_since = null, held_seconds = null where customer_id = ?",
                customer);
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V116__backfill_customer_onboarding_times.sql"),
                new ClassPathResource("db/migration/V119__backfill_step_hold_times.sql"))
                .execute(jdbc.getDataSource());
        assertThat(jdbc.queryForList(TIMES + " where id = ?", customer)).isEqualTo(kept);
        assertThat(jdbc.queryForList(HELD, customer)).isEqualTo(held);
        assertThat(jdbc.queryForObject("select held_since from customer_step where customer_id = ? and code = ?",
                Timestamp.class, customer, "2.1").toInstant()).isEqualTo(changedAt(customer, "1.5"));
        assertThat(times(customer)).containsExactly(changedAt(customer, "1.5"), null, null, null,
                changedAt(customer, "2.1"));
    }

    /** Onboarded when the last phase to complete did: with a gate override that need not be phase 3. */
    @Test
    void onboardedWhenEveryPhaseIsComplete() {
        var start = Instant.parse("2026-01-05T09:00:00Z");
        var steps = new ArrayList<CustomerStep>();
        for (var definition : StepCatalog.STEPS) {
            var step = new CustomerStep(1, definition.code());
            // Phase 2 finishes last, on day 4, after phase 3 on day 3.
            int day = definition.phase() == 2 ? 4 : definition.phase();
            step.transition(StepStatus.DONE, "ops", start.plus(Duration.ofDays(day)).plusSeconds(steps.size()),
                    null);
            steps.add(step);
        }
        var phaseTwoLast = steps.get(StepCatalog.phase(1).size() + StepCatalog.phase(2).size() - 1).getChangedAt();
        var checklist = new Checklist(steps, List.of(), start);
        checklist.recordHoldTimes(start);
        assertThat(steps.getFirst().getHeldSince()).isNull();
        // The first step held the customer up from their creation: a day and no seconds; the second one second.
        assertThat(steps.getFirst().getHeldSeconds()).isEqualTo(86_400.0);
        assertThat(steps.get(1).getHeldSince()).isEqualTo(steps.getFirst().getChangedAt());
        assertThat(steps.get(1).getHeldSeconds()).isEqualTo(1.0);
        // Phase 3 settled before phase 2: its first step held the customer up since phase 1's last.
        var phaseThreeFirst = steps.get(StepCatalog.phase(1).size() + StepCatalog.phase(2).size());
        assertThat(phaseThreeFirst.getHeldSince()).isEqualTo(steps.get(StepCatalog.phase(1).size() - 1)
                .getChangedAt());
        var progress = checklist.progress();
        assertThat(progress.phasesCompletedAt()).hasSize(OnboardingTimes.PHASES).containsExactly(
                steps.get(StepCatalog.phase(1).size() - 1).getChangedAt(), phaseTwoLast, steps.getLast().getChangedAt());
        assertThat(progress.onboardedAt()).isEqualTo(phaseTwoLast);
        assertThat(progress.stepsChangedAt()).isEqualTo(phaseTwoLast);

        steps.getFirst().transition(StepStatus.TODO, "ops", start.plus(Duration.ofDays(9)), null);
        var reopenedChecklist = new Checklist(steps, List.of(), start);
        reopenedChecklist.recordHoldTimes(start);
        assertThat(steps.getFirst().getHeldSince()).isNull();
        assertThat(steps.getFirst().getHeldSeconds()).isNull();
        assertThat(steps.get(1).getHeldSince()).isNull();
        // The second step is now the first settled: it held the customer up from their creation.
        assertThat(steps.get(1).getHeldSeconds()).isEqualTo(86_401.0);
        var reopened = reopenedChecklist.progress();
        assertThat(reopened.phasesCompletedAt().getFirst()).isNull();
        assertThat(reopened.onboardedAt()).isNull();
        assertThat(reopened.stepsChangedAt()).isEqualTo(start.plus(Duration.ofDays(9)));
    }

    private List<@Nullable Instant> times(long customer) {
        return jdbc.queryForObject(TIMES + " where id = ?", (row, n) -> {
            var times = new ArrayList<@Nullable Instant>();
            for (int column = 1; column <= 5; column++) {
                var at = row.getTimestamp(column);
                times.add(at == null ? null : at.toInstant());
            }
            return times;
        }, customer);
    }

    private Instant changedAt(long customer, String code) {
        return jdbc.queryForObject("select changed_at from customer_step where customer_id = ? and code = ?",
                Timestamp.class, customer, code).toInstant();
    }
}
