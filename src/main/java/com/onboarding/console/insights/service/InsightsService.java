package com.onboarding.console.insights.service;

import com.onboarding.console.base.access.StaffOnly;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
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

    /** The figures of the request's period, of the user's own customers if it asks so. */
    @StaffOnly
    public InsightsFigures figures(InsightsRequest request) {
        var sql = sql(request);
        return new InsightsFigures(progress.funnel(sql), progress.timeToOnboard(sql), progress.timePerPhase(sql),
                progress.timePerStep(sql), progress.weeklyCompletions(sql),
                trouble.stalled(sql, settings, clock.instant()), trouble.failingSteps(sql));
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
