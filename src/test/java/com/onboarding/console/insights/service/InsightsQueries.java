package com.onboarding.console.insights.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/** Each query behind a chart or table of the insights page on its own, over all customers, for measuring. */
public final class InsightsQueries {

    private InsightsQueries() {
    }

    /** The queries by the name the benchmark prints, in the page's order. */
    public static Map<String, Function<InsightsRequest, List<?>>> of(ApplicationContext context) {
        var progress = context.getBean(ProgressQueries.class);
        var trouble = context.getBean(TroubleQueries.class);
        var settings = context.getBean(InsightsSettings.class);
        var clock = context.getBean(Clock.class);
        var queries = new LinkedHashMap<String, Function<InsightsRequest, List<?>>>();
        queries.put("funnel (chart)", request -> progress.funnel(all(request)));
        queries.put("time per phase (chart)", request -> progress.timePerPhase(all(request)));
        queries.put("weekly completions (chart)", request -> progress.weeklyCompletions(all(request)));
        queries.put("time to onboard", request -> List.of(progress.timeToOnboard(all(request))));
        queries.put("time per step", request -> progress.timePerStep(all(request)));
        queries.put("stalled customers", request -> trouble.stalled(all(request), settings, clock.instant()));
        queries.put("failing steps", request -> trouble.failingSteps(all(request)));
        return queries;
    }

    private static InsightsSql all(InsightsRequest request) {
        return new InsightsSql(null, request.period());
    }
}
