package com.onboarding.console.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.onboarding.console.TestFixture;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.customers.domain.WaitingOn;
import com.onboarding.console.insights.domain.FailingStep;
import com.onboarding.console.insights.domain.FunnelStage;
import com.onboarding.console.insights.domain.PhaseTime;
import com.onboarding.console.insights.domain.ReportPeriod;
import com.onboarding.console.insights.domain.StalledCustomer;
import com.onboarding.console.insights.domain.WeeklyCount;
import com.onboarding.console.insights.service.InsightsRequest;
import com.onboarding.console.insights.service.InsightsService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Seven customers of one CSM with step times chosen so that every figure can be worked out by hand, and the
 * figures worked out. The period is four weeks starting 200 days ago ({@code B}); times below are B + days.
 *
 * <pre>
 * customer  created  phase 1 done  phase 2 done  phase 3 done  now
 * Alpha     B        B+2d          B+4d          B+10d         complete
 * Bravo     B+7d     B+8d          B+12d         B+20d         complete
 * Charlie   B-10d    B-5d          B+1d          B+30d         complete (after the period)
 * Delta     B+3d     B+6d          -             -             phase 2, step 2.1 at B+7d: stalled
 * Echo      now-3d   -             -             -             phase 1, untouched for 3 days: not stalled
 * Foxtrot   now-20d  -             -             -             phase 1, step 1.1 at now-6d-1h: stalled
 * Golf      now-30d  now-1d        -             -             phase 2, moved a day ago: not stalled
 * </pre>
 * Within a phase, every step but the last is settled one hour after another from the phase's start, the last
 * at the phase's end.
 */
public final class InsightsDataSet {

    static final String BACKFILL = "db/migration/V116__backfill_customer_onboarding_times.sql";
    static final String ERROR_CODES_BACKFILL = "db/migration/V118__backfill_audit_error_codes.sql";
    static final String HOLD_TIMES_BACKFILL = "db/migration/V119__backfill_step_hold_times.sql";

    final Instant now;
    final Instant b;
    public final ReportPeriod period;
    long alpha;
    public long delta;
    public long foxtrot;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TestFixture fixture;
    private final long csmUserId;

    /** Call as a staff user who may create customers. Now is taken to the second: the database keeps micros. */
    public InsightsDataSet(TestFixture fixture, DataSource dataSource, long csmUserId, Instant now) {
        this.fixture = fixture;
        this.jdbc = new JdbcTemplate(dataSource);
        this.dataSource = dataSource;
        this.csmUserId = csmUserId;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.b = this.now.minus(days(200));
        this.period = new ReportPeriod(b, b.plus(days(28)));
    }

    public InsightsDataSet seed() {
        alpha = customer("Alpha", b, 16, 3, WaitingOn.NOBODY);
        phase(alpha, 1, b, b.plus(days(2)));
        phase(alpha, 2, b.plus(days(2)), b.plus(days(4)));
        phase(alpha, 3, b.plus(days(4)), b.plus(days(10)));
        long bravo = customer("Bravo", b.plus(days(7)), 16, 3, WaitingOn.NOBODY);
        phase(bravo, 1, b.plus(days(7)), b.plus(days(8)));
        phase(bravo, 2, b.plus(days(8)), b.plus(days(12)));
        phase(bravo, 3, b.plus(days(12)), b.plus(days(20)));
        long charlie = customer("Charlie", b.minus(days(10)), 16, 3, WaitingOn.NOBODY);
        phase(charlie, 1, b.minus(days(10)), b.minus(days(5)));
        phase(charlie, 2, b.minus(days(5)), b.plus(days(1)));
        phase(charlie, 3, b.plus(days(1)), b.plus(days(30)));
        delta = customer("Delta", b.plus(days(3)), 6, 2, WaitingOn.OPS);
        phase(delta, 1, b.plus(days(3)), b.plus(days(6)));
        settle(delta, "2.1", b.plus(days(7)));
        customer("Echo", now.minus(days(3)), 0, 1, WaitingOn.CUSTOMER);
        foxtrot = customer("Foxtrot", now.minus(days(20)), 1, 1, WaitingOn.CUSTOMER);
        settle(foxtrot, "1.1", now.minus(days(6)).minus(Duration.ofHours(1)));
        long golf = customer("Golf", now.minus(days(30)), 5, 2, WaitingOn.OPS);
        phase(golf, 1, now.minus(days(30)), now.minus(days(1)));

        // Failures in the period: 2.3 three times, 3.2 once; 1.2 failed only before it.
        failure(alpha, "2.3", b.plus(days(1)), "AccessDenied: User: arn:aws:iam::111122223333:user/x is not"
                + " authorized to perform: iam:CreateRole");
        failure(delta, "2.3", b.plus(days(7)), "AccessDenied: User: arn:aws:iam::111122223333:user/y is not"
                + " authorized");
        failure(charlie, "2.3", b.plus(days(2)), "ThrottlingException: Rate exceeded");
        failure(bravo, "3.2", b.plus(days(13)), "ValidationException: The tax registration number is invalid");
        failure(bravo, "3.2", b.minus(days(3)), "AccessDenied: before the period");
        failure(bravo, "3.2", b.minus(days(2)), "AccessDenied: before the period");
        transition(alpha, "1.2", b.minus(days(1)), "FAILED");
        // The steps were written as they stand, past the checklist: the customers' onboarding times follow from
        // them as the migration that backfills existing customers computes them.
        new ResourceDatabasePopulator(new ClassPathResource(BACKFILL), new ClassPathResource(HOLD_TIMES_BACKFILL))
                .execute(dataSource);
        // The AWS errors likewise, written without their error codes: the migration takes them out of the messages.
        new ResourceDatabasePopulator(new ClassPathResource(ERROR_CODES_BACKFILL)).execute(dataSource);
        return this;
    }

    public void assertFigures(InsightsService insights) {
        var figures = insights.figures(new InsightsRequest(period, true));
        assertThat(figures.funnel()).extracting(FunnelStage::label, FunnelStage::current,
                FunnelStage::entered).containsExactly(tuple("Phase 1", 2L, 3L), tuple("Phase 2", 2L, 3L),
                tuple("Phase 3", 0L, 3L), tuple("Complete", 3L, 2L));

        // Alpha took 10 days, Bravo 13: the median is 11.5 days, the 90th percentile 10 + 0.9 * 3 = 12.7.
        var onboard = figures.timeToOnboard();
        assertThat(onboard.count()).isEqualTo(2);
        assertThat(onboard.median()).isEqualTo(hours(11.5 * 24));
        assertThat(onboard.p90()).isEqualTo(hours(12.7 * 24));

        // Phase 1: 1, 2, 3 days; phase 2: 2, 4, 6 (Charlie's from B-5d to B+1d); phase 3: 6 and 8.
        assertThat(figures.timePerPhase()).extracting(PhaseTime::phase, t -> t.spread().count(),
                t -> t.spread().median(), t -> t.spread().p90()).containsExactly(
                tuple(1, 3L, hours(48), hours(2.8 * 24)),
                tuple(2, 3L, hours(96), hours(5.6 * 24)),
                tuple(3, 2L, hours(7 * 24), hours(7.8 * 24)));

        // 3.6 came last in phase 3, five hours after 3.5: Alpha 6 days less 5 hours, Bravo 8 days less 5 hours.
        var steps = figures.timePerStep();
        var slowest = steps.getFirst();
        assertThat(slowest.code()).isEqualTo(StepCode.of(3, 6));
        assertThat(slowest.spread().count()).isEqualTo(2);
        assertThat(slowest.spread().median()).isEqualTo(hours(7 * 24 - 5));
        assertThat(slowest.spread().p90()).isEqualTo(hours(7.8 * 24 - 5));
        // 1.1 came an hour after creation for Alpha, Bravo and Delta (Charlie's was before the period).
        var first = steps.stream().filter(t -> t.code().equals(StepCode.of(1, 1))).findFirst().orElseThrow();
        assertThat(first.spread().count()).isEqualTo(3);
        assertThat(first.spread().median()).isEqualTo(hours(1));

        var firstDay = b.atOffset(ZoneOffset.UTC).toLocalDate();
        assertThat(figures.weeklyCompletions()).containsExactly(new WeeklyCount(firstDay, 0),
                new WeeklyCount(firstDay.plusWeeks(1), 1), new WeeklyCount(firstDay.plusWeeks(2), 1),
                new WeeklyCount(firstDay.plusWeeks(3), 0));

        // Delta's last change was 193 days ago, Foxtrot's 6 days and an hour; Echo (3 days) and Golf (1) are
        // within their phases' allowance.
        assertThat(figures.stalled()).extracting(StalledCustomer::customerId, StalledCustomer::phase,
                StalledCustomer::waitingOn, StalledCustomer::daysStalled).containsExactly(
                tuple(delta, 2, WaitingOn.OPS, 193L), tuple(foxtrot, 1, WaitingOn.CUSTOMER, 6L));

        assertThat(figures.failingSteps()).extracting(FailingStep::code, FailingStep::failures,
                FailingStep::commonError, FailingStep::commonErrorCount).containsExactly(
                tuple(StepCode.of(2, 3), 3L, "AccessDenied", 2L),
                tuple(StepCode.of(3, 2), 1L, "ValidationException", 1L));
    }

    private long customer(String name, Instant created, int completed, int phase, WaitingOn waitingOn) {
        long id = fixture.customer(name, csmUserId).id();
        jdbc.update("update customer set created_at = ?, last_activity_at = ?, completed_steps = ?,"
                + " current_phase = ?, waiting_on = ? where id = ?", Timestamp.from(created), Timestamp.from(created),
                completed, phase, waitingOn.name(), id);
        return id;
    }

    private void phase(long customer, int phase, Instant start, Instant end) {
        var steps = StepCatalog.phase(phase);
        for (int i = 0; i < steps.size() - 1; i++) {
            settle(customer, steps.get(i).code().toString(), start.plus(Duration.ofHours(i + 1)));
        }
        settle(customer, steps.getLast().code().toString(), end);
    }

    /** A step done at the time, and the customer's last activity then if it is the latest, as the checklist does. */
    private void settle(long customer, String code, Instant at) {
        jdbc.update("update customer_step set status = 'DONE', changed_by = 'seed', changed_at = ?"
                + " where customer_id = ? and code = ?", Timestamp.from(at), customer, code);
        jdbc.update("update customer set last_activity_at = ? where id = ? and last_activity_at < ?",
                Timestamp.from(at), customer, Timestamp.from(at));
    }

    /** A failed AWS action as the checklist records it: the failed transition and what AWS answered. */
    private void failure(long customer, String code, Instant at, String awsAnswer) {
        transition(customer, code, at, "FAILED");
        jdbc.update("insert into audit_entry (occurred_at, actor, action, customer_id, step_code, to_state, message)"
                + " values (?, 'ops', 'AWS_ERROR', ?, ?, 'ERROR', ?)", Timestamp.from(at), customer, code,
                "Error id E-" + code + ": AWS answered iam:CreateRole with " + awsAnswer);
    }

    private void transition(long customer, String code, Instant at, String to) {
        jdbc.update("insert into audit_entry (occurred_at, actor, action, customer_id, step_code, from_state,"
                + " to_state) values (?, 'ops', 'STEP_TRANSITION', ?, ?, 'IN_PROGRESS', ?)", Timestamp.from(at),
                customer, code, to);
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

    private static Duration hours(double hours) {
        return Duration.ofMillis(Math.round(hours * 3_600_000));
    }
}
