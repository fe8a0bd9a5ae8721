package com.onboarding.console.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.sdk.SdkAws;
import com.onboarding.console.aws.sdk.SdkParts;
import com.onboarding.console.bench.BenchData.Seeded;
import com.onboarding.console.checklist.domain.Automation;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.ChecklistServices;
import com.onboarding.console.checklist.service.ChecklistSettings;
import com.onboarding.console.checklist.service.FleetVerification;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The scheduled drift check's fleet run, through the product's FleetVerification as the schedule calls it, over
 * the SDK against WireMock answering every AWS request after a fixed delay, at the configured concurrency: total
 * time, customers per minute and the checks' outcomes. Each customer's own account answers as its checklist says
 * (what a done step made is there, nothing else), so the run must find exactly the steps not done. Only the
 * measured customers are active meanwhile (a run checks every active customer with the platform role); the others
 * are archived for the run and restored after it.
 */
final class FleetRunBench {

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;

    FleetRunBench(ApplicationContext context, JdbcTemplate jdbc) {
        this.context = context;
        this.jdbc = jdbc;
    }

    /** Call as OPS. The candidates are seeded customers no other benchmark verified. */
    void measure(BenchResults results, List<Seeded> candidates, int count, int delayMillis) {
        var withRole = new HashSet<>(jdbc.queryForList("select customer_id from customer_step where code = ?"
                + " and status = 'DONE'", Long.class, StepCatalog.PLATFORM_ROLE.toString()));
        var fleet = candidates.stream().filter(c -> withRole.contains(c.id())).limit(count).toList();
        assertThat(fleet).as("seeded customers with the platform role").hasSize(count);
        var steps = steps(fleet);
        var ids = steps.keySet();
        var others = jdbc.queryForList("select id from customer where archived = false", Long.class).stream()
                .filter(id -> !ids.contains(id)).toList();
        archive(others, true);
        try (var aws = new SlowAws(delayMillis, fleet.stream().map(c -> account(c, steps.get(c.id()))).toList())) {
            var settings = aws.settings();
            var requests = new SimpleMeterRegistry();
            try (var sdk = new SdkAws(settings, new AwsCallMetrics(requests), StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIABENCHCONSOLE2345", "bench-console-secret")))) {
                var checklists = ChecklistServices.withAws(context, SdkParts.of(sdk), settings);
                long start = System.nanoTime();
                ChecklistServices.scheduledFleetRun(context, checklists);
                double seconds = (System.nanoTime() - start) / 1e9;
                var report = context.getBean(FleetVerification.class).latest().orElseThrow();
                long calls = requests.find(AwsCallMetrics.TIMER).timers().stream().mapToLong(Timer::count).sum();
                int concurrency = context.getBean(ChecklistSettings.class).fleetConcurrency();
                var section = "scheduled fleet run (FleetVerification, SdkAws on WireMock, " + delayMillis
                        + " ms per AWS request, " + concurrency + " customers at a time)";
                results.info(section, "customers checked", report.checked(), "customers");
                results.info(section, "total time", seconds, "s");
                results.info(section, "customers per minute", report.checked() * 60 / seconds, "customers/min");
                results.info(section, "AWS requests per customer", (double) calls / report.checked(), "requests");
                var outcomes = outcomes(report.id(), steps);
                var open = expected(steps);
                results.info(section, "automated steps not done (the checklists')", open.size(), "steps");
                results.info(section, "checks verified", outcomes.verified(), "checks");
                results.info(section, "checks found mismatched", report.mismatches(), "checks");
                results.info(section, "checks answered in error", report.errors(), "checks");
                results.info(section, "customers skipped (no platform role)", report.skipped(), "customers");
                results.info(section, "drifts (verified before, not now)", report.drifts(), "checks");
                assertThat(report.running()).isFalse();
                assertThat(report.checked()).isEqualTo(count);
                assertThat(calls).isPositive();
                assertThat(outcomes.found()).as("the steps the run found not in place: exactly the open ones")
                        .isEqualTo(open);
                assertThat(report.mismatches() + report.errors()).isEqualTo(outcomes.found().size());
            }
        } finally {
            archive(others, false);
        }
    }

    /** A step the run found not as it should be. */
    private record Found(long customerId, StepCode code) {
    }

    /** What the run's checks answered: how many confirmed their step, and which steps they found not in place. */
    private record Outcomes(long verified, Set<Found> found) {
    }

    /** Each customer's steps as the seed wrote them. */
    private Map<Long, Map<StepCode, StepStatus>> steps(List<Seeded> fleet) {
        var steps = new HashMap<Long, Map<StepCode, StepStatus>>();
        fleet.forEach(customer -> steps.put(customer.id(), new HashMap<>()));
        jdbc.query("select customer_id, code, status from customer_step", (RowCallbackHandler) row -> {
            var customer = steps.get(row.getLong(1));
            if (customer != null) {
                customer.put(StepCode.parse(row.getString(2)), StepStatus.valueOf(row.getString(3)));
            }
        });
        return steps;
    }

    /** The customer's own account, with the work of every done step in place there, and of no other. */
    private static BenchAccount account(Seeded customer, Map<StepCode, StepStatus> steps) {
        var inPlace = EnumSet.noneOf(Automation.class);
        steps.forEach((code, status) -> {
            var automation = StepCatalog.get(code).automation();
            if (status == StepStatus.DONE && automation != null) {
                inPlace.add(automation);
            }
        });
        return new BenchAccount(customer.accountId(), customer.externalId(), customer.rootEmail(),
                BenchData.BILLING_COUNTRY, inPlace);
    }

    /**
     * What the checklists say the run must find not in place: every automated step not done, but "root MFA
     * removed" once root MFA is on again (it is not re-checked then).
     */
    private static Set<Found> expected(Map<Long, Map<StepCode, StepStatus>> steps) {
        var expected = new HashSet<Found>();
        steps.forEach((customer, statuses) -> statuses.forEach((code, status) -> {
            boolean settled = code.equals(StepCatalog.ROOT_MFA_REMOVED)
                    && statuses.get(StepCatalog.ROOT_MFA_ENABLED) == StepStatus.DONE;
            if (StepCatalog.get(code).automation() != null && status != StepStatus.DONE && !settled) {
                expected.add(new Found(customer, code));
            }
        }));
        return expected;
    }

    private Outcomes outcomes(long runId, Map<Long, Map<StepCode, StepStatus>> steps) {
        var found = new HashSet<Found>();
        jdbc.query("select customer_id, step_code from fleet_run_finding where run_id = ?",
                (RowCallbackHandler) row -> found.add(new Found(row.getLong(1), StepCode.parse(row.getString(2)))),
                runId);
        long verified = jdbc.queryForList("select customer_id from customer_step where verification = 'VERIFIED'",
                Long.class).stream().filter(steps::containsKey).count();
        return new Outcomes(verified, found);
    }

    private void archive(List<Long> ids, boolean archived) {
        jdbc.batchUpdate("update customer set archived = ? where id = ?",
                ids.stream().map(id -> new Object[] {archived, id}).toList());
    }
}
