package com.onboarding.console.bench;

import com.onboarding.console.TestAccountIds;
import com.onboarding.console.checklist.domain.Checklist;
import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepStatus;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Customers at every stage of the checklist, written straight into the tables in batches (a service call per
 * customer would take minutes at ten thousand). Each customer's progress columns are computed by the checklist's
 * own rules from the steps written for it, so lists filter and sort on consistent data.
 *
 * <p>The first {@code fresh} customers have not started: their step 1.1 can be confirmed.
 */
final class BenchData {

    private static final int BATCH = 2_000;
    private static final String BY = "bench";

    /** Every seeded customer's billing country. */
    static final String BILLING_COUNTRY = "DE";

    private final JdbcTemplate jdbc;

    BenchData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A customer written by the seed. */
    record Seeded(long id, String accountId, String externalId, String rootEmail) {
    }

    /** The new customers, in the order they were generated. */
    List<Seeded> seed(int count, int fresh) {
        var random = new Random(count);
        // A block of ids above every test id in this database: 12 digits each, and unique.
        long firstAccount = TestAccountIds.allocate(Objects.requireNonNull(jdbc.getDataSource()), count);
        var now = Instant.now();
        var seeded = new ArrayList<Seeded>(count);
        for (int from = 0; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            var customers = new ArrayList<Object[]>();
            var stepLists = new ArrayList<List<CustomerStep>>();
            for (int i = from; i < to; i++) {
                int completed = i < fresh ? 0 : random.nextInt(StepCatalog.STEPS.size() + 1);
                boolean failing = i >= fresh && completed < StepCatalog.STEPS.size() && random.nextInt(8) == 0;
                var account = TestAccountIds.format(firstAccount + i);
                var activity = now.minus(Duration.ofMinutes(random.nextInt(500_000)));
                // Up to about 90 days of onboarding before the last activity, the steps settled evenly across it.
                var created = activity.minus(Duration.ofMinutes(random.nextInt(130_000)));
                var steps = steps(completed, failing, created, activity);
                var checklist = new Checklist(steps, List.of(), now);
                checklist.recordHoldTimes(created);
                var progress = checklist.progress();
                customers.add(new Object[] {"Bench customer " + account, account,
                        BILLING_COUNTRY, "aws+" + account + "@reseller.example", externalId(random),
                        Timestamp.from(created), Timestamp.from(activity), progress.completedSteps(),
                        progress.failedSteps(), progress.currentPhase(), progress.waitingOn().name(),
                        timestamp(progress.phasesCompletedAt().get(0)), timestamp(progress.phasesCompletedAt().get(1)),
                        timestamp(progress.phasesCompletedAt().get(2)), timestamp(progress.onboardedAt()),
                        timestamp(progress.stepsChangedAt())});
                stepLists.add(steps);
            }
            jdbc.batchUpdate("""
                    insert into customer (name, account_id, billing_country, root_email, external_id, created_at,
                        last_activity_at, completed_steps, failed_steps, current_phase, waiting_on,
                        phase1_completed_at, phase2_completed_at, phase3_completed_at, onboarded_at, steps_changed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", customers);
            var idOf = new HashMap<String, Long>();
            jdbc.query("select account_id, id from customer where account_id between ? and ?",
                    (RowCallbackHandler) row -> idOf.put(row.getString(1), row.getLong(2)),
                    customers.getFirst()[1], customers.getLast()[1]);
            var batchIds = customers.stream().map(row -> idOf.get((String) row[1])).toList();
            var stepRows = new ArrayList<Object[]>();
            for (int c = 0; c < batchIds.size(); c++) {
                for (var step : stepLists.get(c)) {
                    stepRows.add(new Object[] {batchIds.get(c), step.getCode().toString(), step.getStatus().name(),
                            step.getVerification().name(), step.getMessage(), step.getChangedBy(),
                            timestamp(step.getChangedAt()), timestamp(step.getHeldSince()), step.getHeldSeconds()});
                }
            }
            jdbc.batchUpdate("""
                    insert into customer_step (customer_id, code, status, verification, message, changed_by,
                        changed_at, held_since, held_seconds)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", stepRows);
            for (int c = 0; c < batchIds.size(); c++) {
                var row = customers.get(c);
                seeded.add(new Seeded(batchIds.get(c), (String) row[1], (String) row[4], (String) row[3]));
            }
        }
        return seeded;
    }

    /**
     * The first {@code completed} steps in catalog order are done, one after another from the customer's creation
     * to their last activity; a failing customer's next step failed at the last activity.
     */
    private static List<CustomerStep> steps(int completed, boolean failing, Instant created, Instant last) {
        var steps = new ArrayList<CustomerStep>();
        long span = Duration.between(created, last).toSeconds();
        for (int i = 0; i < StepCatalog.STEPS.size(); i++) {
            var step = new CustomerStep(0, StepCatalog.STEPS.get(i).code());
            if (i < completed) {
                step.transition(StepStatus.DONE, BY, created.plusSeconds(span * (i + 1) / completed),
                        "Confirmed by " + BY + ".");
            } else if (i == completed && failing) {
                step.transition(StepStatus.FAILED, BY, last, "The AWS call was refused.");
            }
            steps.add(step);
        }
        return steps;
    }

    /** AWS error codes the trail's AWS_ERROR entries name, as AWS answers them. */
    private static final List<String> AWS_ERRORS = List.of("AccessDenied: User is not authorized to perform",
            "ThrottlingException: Rate exceeded", "NoSuchEntity: The role cannot be found",
            "ValidationException: The request is invalid");

    /**
     * Audit trail rows of the customers over the last year: step transitions (some failed), AWS calls, AWS errors
     * (with their error codes, as the checklist records them) and notes, written straight into the table in batches.
     */
    void seedTrail(List<Seeded> customers, int rows) {
        var random = new Random(rows);
        var now = Instant.now();
        for (int from = 0; from < rows; from += BATCH) {
            var batch = new ArrayList<Object[]>();
            for (int i = from; i < Math.min(rows, from + BATCH); i++) {
                var customer = customers.get(i % customers.size());
                var code = StepCatalog.STEPS.get(random.nextInt(StepCatalog.STEPS.size())).code().toString();
                var at = Timestamp.from(now.minus(Duration.ofMinutes(random.nextInt(525_600))));
                int kind = random.nextInt(10);
                if (kind < 4) {
                    var to = random.nextInt(7) == 0 ? StepStatus.FAILED : StepStatus.DONE;
                    batch.add(new Object[] {at, "STEP_TRANSITION", customer.id(), code, "IN_PROGRESS", to.name(),
                            null, null});
                } else if (kind < 8) {
                    batch.add(new Object[] {at, "AWS_CALL", customer.id(), code, null, "VERIFIED", "Checked.", null});
                } else if (kind < 9) {
                    var answer = AWS_ERRORS.get(random.nextInt(AWS_ERRORS.size()));
                    batch.add(new Object[] {at, "AWS_ERROR", customer.id(), code, null, "ERROR", "Error id E" + i
                            + ": AWS answered iam:GetRole with " + answer, answer.substring(0, answer.indexOf(':'))});
                } else {
                    batch.add(new Object[] {at, "STEP_NOTE", customer.id(), code, null, null, "A note.", null});
                }
            }
            jdbc.batchUpdate("""
                    insert into audit_entry (occurred_at, actor, action, customer_id, step_code, from_state, to_state,
                        message, error_code)
                    values (?, '""" + BY + "', ?, ?, ?, ?, ?, ?, ?)", batch);
        }
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String externalId(Random random) {
        var bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
