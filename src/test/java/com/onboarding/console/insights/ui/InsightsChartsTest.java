package com.onboarding.console.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.insights.domain.FunnelStage;
import com.onboarding.console.insights.domain.PhaseTime;
import com.onboarding.console.insights.domain.Spread;
import com.onboarding.console.insights.domain.WeeklyCount;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightsChartsTest {

    @Test
    void chartsAreSvgDocumentsNamingWhatTheyShow() {
        var funnel = svg(InsightsCharts.funnel(List.of(new FunnelStage(1, 4, 2), new FunnelStage(null, 1, 1))));
        assertThat(funnel).startsWith("<?xml").contains("<svg", "Customers per stage", "Phase 1", "Complete",
                "Reached in the period");
        var phases = svg(InsightsCharts.timePerPhase(List.of(new PhaseTime(2, Spread.ofSeconds(3, 86_400.0,
                172_800.0)))));
        assertThat(phases).contains("Days per phase", "Phase 2", "90th percentile");
        var weeks = svg(InsightsCharts.weeklyCompletions(List.of(new WeeklyCount(LocalDate.of(2026, 3, 2), 3),
                new WeeklyCount(LocalDate.of(2026, 3, 9), 0))));
        assertThat(weeks).contains("Completions per week", "2026-03-02", "2026-03-09");
    }

    private static String svg(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
