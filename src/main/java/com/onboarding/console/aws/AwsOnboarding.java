package com.onboarding.console.aws;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The idempotent AWS actions of steps 2.3, 2.4 and 3.6 and their checks (3.5 is {@link ReportBucket}): what exists
 * already is compared with what the console would create; equal is fine, anything else is named. Missing parts of
 * something the console started (a role without its policy) are added, since an earlier run may have stopped
 * half-way.
 */
@Component
public class AwsOnboarding implements RolePort, ReportPort {

    private final IamRoles iam;
    private final CurReports cur;
    private final PolicyDocuments policies;
    private final AwsSettings settings;
    private final RolePropagation propagation;

    public AwsOnboarding(IamRoles iam, CurReports cur, PolicyDocuments policies, AwsSettings settings,
            RolePropagation propagation) {
        this.iam = iam;
        this.cur = cur;
        this.policies = policies;
        this.settings = settings;
        this.propagation = propagation;
    }

    @Override
    public AwsResult ensurePlatformRole(AwsTarget target) {
        return ensureRole(target, platformRole(target));
    }

    @Override
    public AwsResult checkPlatformRole(AwsTarget target) {
        var role = platformRole(target);
        Runnable assume = () -> iam.assumeRole(target, role.roleName());
        // The first AssumeRole goes out with GetRole and GetRolePolicy; only a role as wanted is waited for.
        try (var requests = new SideBySide()) {
            var firstAttempt = requests.start(() -> propagation.attempt(assume));
            var checked = checkRole(target, role, requests);
            if (!checked.ok()) {
                return checked;
            }
            // Right after CreateRole, IAM may refuse AssumeRole for some seconds.
            var outcome = propagation.afterFirst(firstAttempt.get(), assume);
            var waited = outcome.waited().isPositive()
                    ? " (after " + outcome.waited().toSeconds() + " s " + RolePropagation.WAITING + ")" : "";
            return outcome.refusal()
                    .map(e -> AwsResult.differs("The " + role.label() + " " + role.roleName() + " is as wanted, but"
                            + " AssumeRole with the customer's ExternalId was refused" + waited + ": "
                            + e.getMessage()))
                    .orElseGet(() -> AwsResult.ok(checked.message()
                            + "; AssumeRole with the customer's ExternalId works" + waited));
        }
    }

    @Override
    public AwsResult ensureBillingRole(AwsTarget target) {
        return ensureRole(target, policies.billingRole(target.accountId(), target.externalId()));
    }

    @Override
    public AwsResult checkBillingRole(AwsTarget target) {
        try (var requests = new SideBySide()) {
            return checkRole(target, policies.billingRole(target.accountId(), target.externalId()), requests);
        }
    }

    private RoleSpec platformRole(AwsTarget target) {
        return policies.platformRole(target.accountId(), target.externalId());
    }

    private AwsResult ensureRole(AwsTarget target, RoleSpec role) {
        var name = "The " + role.label() + " " + role.roleName();
        if (iam.createRole(target, role.roleName(), role.trustPolicy())) {
            iam.putRolePolicy(target, role.roleName(), role.policyName(), role.permissionsPolicy());
            return AwsResult.ok("Created the " + role.label() + " " + role.roleName() + " with its inline policy " + role.policyName());
        }
        Optional<String> found;
        try (var requests = new SideBySide()) {
            found = roleDifference(target, role, true, requests);
        }
        return found
                .map(difference -> AwsResult.differs(name + " already exists, but " + difference))
                .orElseGet(() -> AwsResult.ok(name + " already exists as wanted"));
    }

    private AwsResult checkRole(AwsTarget target, RoleSpec role, SideBySide requests) {
        var name = "The " + role.label() + " " + role.roleName();
        return roleDifference(target, role, false, requests)
                .map(difference -> AwsResult.differs(name + ": " + difference))
                .orElseGet(() -> AwsResult.ok(name + " is as the console creates it"));
    }

    /** GetRole and GetRolePolicy side by side; the inline policy counts only for a role whose trust is as wanted. */
    private Optional<String> roleDifference(AwsTarget target, RoleSpec role, boolean addMissing,
            SideBySide requests) {
        var inline = requests.start(() -> iam.rolePolicy(target, role.roleName(), role.policyName()));
        var trust = iam.roleTrustPolicy(target, role.roleName());
        if (trust.isEmpty()) {
            return Optional.of("it does not exist in account " + target.accountId());
        }
        var trustDifference = PolicyDocuments.difference("its trust policy", trust.get(), role.trustPolicy());
        if (trustDifference.isPresent()) {
            return trustDifference;
        }
        var policy = inline.get();
        if (policy.isEmpty()) {
            if (!addMissing) {
                return Optional.of("it has no inline policy " + role.policyName());
            }
            iam.putRolePolicy(target, role.roleName(), role.policyName(), role.permissionsPolicy());
            return Optional.empty();
        }
        return PolicyDocuments.difference("its inline policy " + role.policyName(), policy.get(),
                role.permissionsPolicy());
    }

    @Override
    public boolean reportsAvailable(AwsTarget target) {
        cur.reportDefinitions(target);
        return true;
    }

    @Override
    public AwsResult ensureReportDefinition(AwsTarget target) {
        var wanted = ReportDefinitionSpec.wanted(settings, target.accountId());
        var name = "The report definition " + wanted.reportName();
        if (cur.putReportDefinition(target, wanted)) {
            return AwsResult.ok("Created the report definition " + wanted.reportName() + ": hourly, CSV in GZIP"
                    + " with resource ids, into the bucket " + wanted.s3Bucket());
        }
        var differences = reportDifferences(target, wanted);
        return differences.isEmpty()
                ? AwsResult.ok(name + " already exists as wanted")
                : AwsResult.differs(name + " already exists, but " + String.join("; ", differences));
    }

    @Override
    public AwsResult checkReportDefinition(AwsTarget target) {
        var wanted = ReportDefinitionSpec.wanted(settings, target.accountId());
        var name = "The report definition " + wanted.reportName();
        var differences = reportDifferences(target, wanted);
        return differences.isEmpty()
                ? AwsResult.ok(name + " has the wanted settings")
                : AwsResult.differs(name + ": " + String.join("; ", differences));
    }

    private List<String> reportDifferences(AwsTarget target, ReportDefinitionSpec wanted) {
        return cur.reportDefinitions(target).stream()
                .filter(existing -> existing.reportName().equals(wanted.reportName()))
                .findFirst()
                .map(existing -> existing.differencesFrom(wanted))
                .orElseGet(() -> List.of("it does not exist in account " + target.accountId()));
    }
}
