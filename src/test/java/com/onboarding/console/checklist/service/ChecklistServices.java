package com.onboarding.console.checklist.service;

import com.onboarding.console.aws.AccountSecurityPort;
import com.onboarding.console.aws.AwsParts;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.OrganizationPort;
import com.onboarding.console.aws.PolicyDocuments;
import com.onboarding.console.aws.ReportBucketPort;
import com.onboarding.console.aws.ReportPort;
import com.onboarding.console.aws.RolePort;
import com.onboarding.console.aws.RolePropagations;
import com.onboarding.console.aws.TaxPort;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.base.live.CustomerChanges;
import com.onboarding.console.checklist.domain.FleetFinding;
import com.onboarding.console.checklist.domain.FleetRun;
import com.onboarding.console.security.CurrentUser;
import java.util.List;
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
            AccountSecurityPort accountSecurity, RolePort roles, ReportBucketPort bucket, ReportPort reports,
            TaxPort tax) {
        return with(context, context.getBean(ChecklistChanges.class),
                new StepAutomations(organizations, accountSecurity, roles, bucket, reports, tax));
    }

    /** Over every port of one AWS implementation, with these settings; a refused AssumeRole is named at once. */
    public static ChecklistService withAws(ApplicationContext context, AwsParts aws, AwsSettings settings) {
        var policies = new PolicyDocuments(settings);
        var onboarding = aws.onboarding(policies, settings, RolePropagations.immediate());
        return withAws(context, aws.organizations(), aws.accountSecurity(), onboarding,
                aws.reportBucket(policies, settings), onboarding, aws.tax());
    }

    /**
     * The product's fleet verification over the given checklist service, run as the scheduled drift check runs it
     * (on this thread, as the user of its security context); returns the drifts found.
     */
    public static List<FleetFinding> scheduledFleetRun(ApplicationContext context, ChecklistService checklists) {
        return new FleetVerification(checklists, context.getBean(FleetRuns.class),
                context.getBean(ChecklistSettings.class), context.getBean(CurrentUser.class), context)
                .runHere(FleetRun.SCHEDULE);
    }

    /** The context's service, recording its changes through the given unit-of-work factory. */
    static ChecklistService withChanges(ApplicationContext context, ChecklistChanges changes) {
        return with(context, changes, context.getBean(StepAutomations.class));
    }

    private static ChecklistService with(ApplicationContext context, ChecklistChanges changes,
            StepAutomations automations) {
        var runs = new AwsRuns(changes, automations, context.getBean(AwsSettings.class),
                context.getBean(PlatformTransactionManager.class));
        return new ChecklistService(context.getBean(ChecklistPages.class), context.getBean(StepCommands.class), runs,
                context.getBean(BackgroundCalls.class), context.getBean(CredentialsService.class),
                context.getBean(CustomerChanges.class));
    }
}
