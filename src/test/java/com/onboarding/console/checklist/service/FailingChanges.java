package com.onboarding.console.checklist.service;

import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.live.CustomerChanges;
import com.onboarding.console.checklist.domain.CustomerStepRepository;
import com.onboarding.console.checklist.domain.PhaseGateOverrideRepository;
import com.onboarding.console.customers.service.CustomerLookup;
import com.onboarding.console.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;

/** Writing changes that the database refuses for a while, as when it is unreachable: after some, for some. */
final class FailingChanges extends ChecklistChanges {

    private final AtomicInteger begun = new AtomicInteger();
    private final int succeeding;
    private final int failing;

    private FailingChanges(ApplicationContext context, int succeeding, int failing) {
        super(context.getBean(CustomerStepRepository.class), context.getBean(PhaseGateOverrideRepository.class),
                context.getBean(CustomerLookup.class), context.getBean(AuditService.class),
                context.getBean(CustomerChanges.class), context, context.getBean(MeterRegistry.class),
                context.getBean(CurrentUser.class), context.getBean(ChecklistSettings.class),
                context.getBean(Clock.class));
        this.succeeding = succeeding;
        this.failing = failing;
    }

    /** The first {@code succeeding} writing changes work, the {@code failing} after them are refused. */
    static FailingChanges failingAfter(ApplicationContext context, int succeeding, int failing) {
        return new FailingChanges(context, succeeding, failing);
    }

    @Override
    ChecklistChange begin(long customerId) {
        int n = begun.incrementAndGet();
        if (n > succeeding && n <= succeeding + failing) {
            throw new DataAccessResourceFailureException("The database refused the connection");
        }
        return super.begin(customerId);
    }
}
