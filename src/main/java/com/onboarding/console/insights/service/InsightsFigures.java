package com.onboarding.console.insights.service;

import com.onboarding.console.insights.domain.FailingStep;
import com.onboarding.console.insights.domain.FunnelStage;
import com.onboarding.console.insights.domain.PhaseTime;
import com.onboarding.console.insights.domain.Spread;
import com.onboarding.console.insights.domain.StalledCustomer;
import com.onboarding.console.insights.domain.StepTime;
import com.onboarding.console.insights.domain.WeeklyCount;
import java.util.List;

/**
 * Every figure of the insights page for one request, read in one transaction so that the charts and tables agree
 * with each other.
 *
 * @param stalled stalled now, whatever the period
 */
public record InsightsFigures(List<FunnelStage> funnel, Spread timeToOnboard, List<PhaseTime> timePerPhase,
        List<StepTime> timePerStep, List<WeeklyCount> weeklyCompletions, List<StalledCustomer> stalled,
        List<FailingStep> failingSteps) {
}
