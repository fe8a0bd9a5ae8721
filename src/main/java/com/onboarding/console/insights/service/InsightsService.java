package com.onboarding.console.insights.service;

import com.onboarding.console.base.access.StaffOnly;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.insights.domain.FailingStep;
import com.onboarding.console.insights.domain.FunnelStage;
import com.onboarding.console.insights.domain.PhaseTime;
import com.onboarding.console.insights.domain.Spread;
import com.onboarding.console.insights.domain.StalledCustomer;
import com.onboarding.console.insights.domain.StepTime;
import com.onboarding.console.insights.domain.WeeklyCount;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures across customers for the reseller's staff: how onboarding moves, where it is slow, where it is stuck. */
@Service
@Transactional(readOnly = true)
public class InsightsService {

    private final ProgressQueries progress;
    private final TroubleQueries trouble;
    private final InsightsSettings settings;
    private final CustomerService customers;
    private final CurrentUser currentUser;
    private final Clock clock;

    InsightsService(ProgressQueries progress, TroubleQueries trouble, InsightsSettings settings,
            CustomerService customers, CurrentUser currentUser, Clock clock) {
        this.customers = customers;
        this.progress = progress;
        this.trouble = trouble;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the user has customers of their own to narrow the figures to. */
    @StaffOnly
    public boolean hasOwnCustomers() {
        return currentUser.require().role() == Role.CSM;
    }

    @StaffOnly
    public List<FunnelStage> funnel(InsightsRequest request) {
        return progress.funnel(sql(request));
    }

    @StaffOnly
    public Spread timeToOnboard(InsightsRequest request) {
        return progress.timeToOnboard(sql(request));
    }

    @StaffOnly
    public List<PhaseTime> timePerPhase(InsightsRequest request) {
        return progress.timePerPhase(sql(request));
    }

    @StaffOnly
    public List<StepTime> timePerStep(InsightsRequest request) {
        return progress.timePerStep(sql(request));
    }

    @StaffOnly
    public List<WeeklyCount> weeklyCompletions(InsightsRequest request) {
        return progress.weeklyCompletions(sql(request));
    }

    /** Stalled now, whatever the period. */
    @StaffOnly
    public List<StalledCustomer> stalled(InsightsRequest request) {
        return trouble.stalled(sql(request), settings, clock.instant());
    }

    @StaffOnly
    public List<FailingStep> failingSteps(InsightsRequest request) {
        return trouble.failingSteps(sql(request));
    }

    /** Switches the reminders to a stalled customer on or off, as the customers feature rules and records it. */
    @StaffOnly
    @Transactional
    public void setReminders(long customerId, boolean on) {
        customers.setReminders(customerId, on);
    }

    private InsightsSql sql(InsightsRequest request) {
        if (!request.ownCustomersOnly()) {
            return new InsightsSql(null, request.period());
        }
        var user = currentUser.require();
        if (user.role() != Role.CSM) {
            throw new InvalidInputException("Only a customer success manager has customers of their"
                    + " own: show all customers instead.");
        }
        return new InsightsSql(user.userId(), request.period());
    }
}
