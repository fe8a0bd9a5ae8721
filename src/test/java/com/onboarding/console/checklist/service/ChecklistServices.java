package com.onboarding.console.checklist.service;

import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.aws.AccountSecurityPort;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.OrganizationPort;
import com.onboarding.console.aws.ReportPort;
import com.onboarding.console.aws.RolePort;
import com.onboarding.console.aws.TaxPort;
import com.onboarding.console.base.live.CustomerChanges;
import com.onboarding.console.checklist.domain.CustomerStepRepository;
import com.onboarding.console.checklist.domain.PhaseGateOverrideRepository;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A checklist service on the test context's database and beans, but talking to the given AWS ports: lets a test
 * put the SDK against a stand-in AWS without starting a second Spring context. The service's own transactions
 * still apply; its method security does not, so the caller acts as a user allowed to do what it calls.
 */
public final class ChecklistServices {

    private ChecklistServices() {
    }

    public static ChecklistService withAws(ApplicationContext context, OrganizationPort organizations,
            AccountSecurityPort accountSecurity, RolePort roles, ReportPort reports, TaxPort tax) {
        return new ChecklistService(context.getBean(CustomerStepRepository.class),
                context.getBean(PhaseGateOverrideRepository.class), context.getBean(CustomerRepository.class),
                new StepAutomations(organizations, accountSecurity, roles, reports, tax),
                context.getBean(AuditService.class), context.getBean(CustomerChanges.class), context,
                context.getBean(CurrentUser.class), context.getBean(MeterRegistry.class),
                context.getBean(ChecklistSettings.class), context.getBean(AwsSettings.class),
                context.getBean(PlatformTransactionManager.class),
                context.getBean(Clock.class));
    }
}
