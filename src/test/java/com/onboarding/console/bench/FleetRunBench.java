package com.onboarding.console.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.sdk.SdkAws;
import com.onboarding.console.aws.sdk.SdkParts;
import com.onboarding.console.bench.BenchData.Seeded;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.service.ChecklistServices;
import com.onboarding.console.checklist.service.ChecklistSettings;
import com.onboarding.console.checklist.service.FleetVerification;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashSet;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The scheduled drift check's fleet run, through the product's FleetVerification as the schedule calls it, over
 * the SDK against WireMock answering every AWS request after a fixed delay, at the configured concurrency: total
 * time and customers per minute. Only the measured customers are active meanwhile (a run checks every active
 * customer with the platform role); the others are archived for the run and restored after it.
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
        var first = fleet.getFirst();
        // One stand-in account answers for all: the roles' trust policies name the customers' shared external id.
        jdbc.batchUpdate("update customer set external_id = ? where id = ?", fleet.stream()
                .map(c -> new Object[] {first.externalId(), c.id()}).toList());
        var ids = new HashSet<>(fleet.stream().map(Seeded::id).toList());
        var others = jdbc.queryForList("select id from customer where archived = false", Long.class).stream()
                .filter(id -> !ids.contains(id)).toList();
        archive(others, true);
        try (var aws = new SlowAws(delayMillis)) {
            var settings = aws.settings();
            aws.onboardedAccount(settings, first.accountId(), first.externalId(), first.rootEmail(), "DE");
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
                results.info(section, "checks answered in error", report.errors(), "checks");
                assertThat(report.running()).isFalse();
                assertThat(report.checked()).isEqualTo(count);
                assertThat(calls).isPositive();
            }
        } finally {
            archive(others, false);
        }
    }

    private void archive(List<Long> ids, boolean archived) {
        jdbc.batchUpdate("update customer set archived = ? where id = ?",
                ids.stream().map(id -> new Object[] {archived, id}).toList());
    }
}
