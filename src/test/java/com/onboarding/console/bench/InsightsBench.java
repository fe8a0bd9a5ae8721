package com.onboarding.console.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.bench.BenchResults.Goal;
import com.onboarding.console.insights.domain.ReportPeriod;
import com.onboarding.console.insights.service.InsightsQueries;
import com.onboarding.console.insights.service.InsightsRequest;
import com.onboarding.console.insights.service.InsightsService;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Each query behind a chart or table of the insights page, over all customers, the period changing every
 * iteration between the last 30, 90 and 365 days: p95 beside the target of 100 ms.
 */
final class InsightsBench {

    static final double TARGET_MILLIS = 100;
    private static final int WARMUP = 3;
    private static final List<Integer> PERIODS = List.of(365, 90, 30);

    private final ApplicationContext context;
    private final InsightsService insights;
    private final Clock clock;

    InsightsBench(ApplicationContext context) {
        this.context = context;
        this.insights = context.getBean(InsightsService.class);
        this.clock = context.getBean(Clock.class);
    }

    /** Call as a staff user. */
    void measure(BenchResults results, int repeats, long auditRows) {
        var queries = InsightsQueries.of(context);
        var section = "insights queries (all customers, " + auditRows + " audit rows, last 30/90/365 days)";
        for (var query : queries.entrySet()) {
            var samples = new Samples();
            for (int i = 0; i < WARMUP + repeats; i++) {
                var request = new InsightsRequest(ReportPeriod.lastDays(PERIODS.get(i % PERIODS.size()), clock),
                        false);
                long start = System.nanoTime();
                var answer = query.getValue().apply(request);
                long took = System.nanoTime() - start;
                assertThat(answer).as(query.getKey()).isNotNull();
                if (i >= WARMUP) {
                    samples.add(took);
                }
            }
            results.info(section, query.getKey() + " p50", samples.percentile(50), "ms");
            results.add(section, query.getKey() + " p95", samples.percentile(95), "ms", Goal.AT_MOST, TARGET_MILLIS);
        }
        var year = new InsightsRequest(ReportPeriod.lastDays(365, clock), false);
        var figures = insights.figures(year);
        assertThat(figures.funnel()).anySatisfy(stage -> assertThat(stage.entered()).isPositive());
        assertThat(figures.failingSteps()).isNotEmpty();
    }
}
