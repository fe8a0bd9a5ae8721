package com.onboarding.console.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The idempotent AWS actions of steps 2.3, 2.4, 3.5 and 3.6 and their checks: what exists already is compared with
 * what the console would create; equal is fine, anything else is named. Missing parts of something the console
 * started (a role without its policy, a bucket without its settings) are added, since an earlier run may have
 * stopped half-way.
 */
@Component
public class AwsOnboarding implements RolePort, ReportPort {

    private final AwsOperations aws;
    private final PolicyDocuments policies;
    private final AwsSettings settings;
    private final RolePropagation propagation;

    public AwsOnboarding(AwsOperations aws, PolicyDocuments policies, AwsSettings settings,
            RolePropagation propagation) {
        this.aws = aws;
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
        var checked = checkRole(target, role);
        if (!checked.ok()) {
            return checked;
        }
        // Right after CreateRole, IAM may refuse AssumeRole for some seconds.
        var outcome = propagation.assume(() -> aws.assumeRole(target, role.roleName()));
        var waited = outcome.waited().isPositive()
                ? " (after " + outcome.waited().toSeconds() + " s " + RolePropagation.WAITING + ")" : "";
        return outcome.refusal()
                .map(e -> AwsResult.differs("The " + role.label() + " " + role.roleName() + " is as wanted, but"
                        + " AssumeRole with the customer's ExternalId was refused" + waited + ": " + e.getMessage()))
                .orElseGet(() -> AwsResult.ok(checked.message() + "; AssumeRole with the customer's ExternalId works"
                        + waited));
    }

    @Override
    public AwsResult ensureBillingRole(AwsTarget target) {
        return ensureRole(target, policies.billingRole(target.accountId(), target.externalId()));
    }

    @Override
    public AwsResult checkBillingRole(AwsTarget target) {
        return checkRole(target, policies.billingRole(target.accountId(), target.externalId()));
    }

    private RoleSpec platformRole(AwsTarget target) {
        return policies.platformRole(target.accountId(), target.externalId());
    }

    private AwsResult ensureRole(AwsTarget target, RoleSpec role) {
        var name = "The " + role.label() + " " + role.roleName();
        if (aws.createRole(target, role.roleName(), role.trustPolicy())) {
            aws.putRolePolicy(target, role.roleName(), role.policyName(), role.permissionsPolicy());
            return AwsResult.ok("Created the " + role.label() + " " + role.roleName() + " with its inline policy " + role.policyName());
        }
        return roleDifference(target, role, true)
                .map(difference -> AwsResult.differs(name + " already exists, but " + difference))
                .orElseGet(() -> AwsResult.ok(name + " already exists as wanted"));
    }

    private AwsResult checkRole(AwsTarget target, RoleSpec role) {
        var name = "The " + role.label() + " " + role.roleName();
        return roleDifference(target, role, false)
                .map(difference -> AwsResult.differs(name + ": " + difference))
                .orElseGet(() -> AwsResult.ok(name + " is as the console creates it"));
    }

    private Optional<String> roleDifference(AwsTarget target, RoleSpec role, boolean addMissing) {
        var trust = aws.roleTrustPolicy(target, role.roleName());
        if (trust.isEmpty()) {
            return Optional.of("it does not exist in account " + target.accountId());
        }
        var trustDifference = PolicyDocuments.difference("its trust policy", trust.get(), role.trustPolicy());
        if (trustDifference.isPresent()) {
            return trustDifference;
        }
        var policy = aws.rolePolicy(target, role.roleName(), role.policyName());
        if (policy.isEmpty()) {
            if (!addMissing) {
                return Optional.of("it has no inline policy " + role.policyName());
            }
            aws.putRolePolicy(target, role.roleName(), role.policyName(), role.permissionsPolicy());
            return Optional.empty();
        }
        return PolicyDocuments.difference("its inline policy " + role.policyName(), policy.get(),
                role.permissionsPolicy());
    }

    @Override
    public boolean reportsAvailable(AwsTarget target) {
        aws.reportDefinitions(target);
        return true;
    }

    @Override
    public AwsResult ensureReportBucket(AwsTarget target) {
        var bucket = settings.reportName(target.accountId());
        var name = "The bucket " + bucket;
        return switch (aws.createBucket(target, bucket, settings.bucketRegion())) {
            case CREATED -> {
                completeBucket(target, bucket, true, true);
                yield AwsResult.ok("Created the bucket " + bucket + " in " + settings.bucketRegion()
                        + ": public access blocked, encrypted (SSE-S3), with the report delivery policy");
            }
            case ALREADY_OWNED -> bucketDifference(target, bucket, true)
                    .map(difference -> AwsResult.differs(name + " already exists, but " + difference))
                    .orElseGet(() -> AwsResult.ok(name + " already exists as wanted"));
            case TAKEN_BY_ANOTHER_ACCOUNT -> AwsResult.differs("The bucket name " + bucket + " is taken by another"
                    + " AWS account (bucket names are global): an administrator can change"
                    + " console.aws.bucket-prefix or console.aws.id-template to choose another name.");
        };
    }

    @Override
    public AwsResult checkReportBucket(AwsTarget target) {
        var bucket = settings.reportName(target.accountId());
        if (!aws.bucketExists(target, bucket)) {
            return AwsResult.differs("The bucket " + bucket + " does not exist in account " + target.accountId());
        }
        return bucketDifference(target, bucket, false)
                .map(difference -> AwsResult.differs("The bucket " + bucket + ": " + difference))
                .orElseGet(() -> AwsResult.ok("The bucket " + bucket + " blocks public access and has the report"
                        + " delivery policy"));
    }

    private Optional<String> bucketDifference(AwsTarget target, String bucket, boolean addMissing) {
        var differences = new ArrayList<String>();
        var block = aws.publicAccessBlock(target, bucket);
        var policy = aws.bucketPolicy(target, bucket);
        if (addMissing && (block.isEmpty() || policy.isEmpty())) {
            completeBucket(target, bucket, block.isEmpty(), policy.isEmpty());
        }
        if (!addMissing && block.isEmpty()) {
            differences.add("it has no public access block");
        }
        if (!addMissing && policy.isEmpty()) {
            differences.add("it has no bucket policy");
        }
        block.map(PublicAccessBlock::off).filter(off -> !off.isEmpty())
                .ifPresent(off -> differences.add("its public access block has " + String.join(", ", off) + " off"));
        policy.flatMap(p -> PolicyDocuments.difference("its bucket policy", p,
                policies.reportBucketPolicy(target.accountId()))).ifPresent(differences::add);
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", differences));
    }

    private void completeBucket(AwsTarget target, String bucket, boolean blockPublicAccess, boolean addPolicy) {
        if (blockPublicAccess) {
            aws.putPublicAccessBlock(target, bucket, PublicAccessBlock.ALL);
        }
        aws.encryptBucket(target, bucket);
        if (addPolicy) {
            aws.putBucketPolicy(target, bucket, policies.reportBucketPolicy(target.accountId()));
        }
    }

    @Override
    public AwsResult ensureReportDefinition(AwsTarget target) {
        var wanted = ReportDefinitionSpec.wanted(settings, target.accountId());
        var name = "The report definition " + wanted.reportName();
        if (aws.putReportDefinition(target, wanted)) {
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
        return aws.reportDefinitions(target).stream()
                .filter(existing -> existing.reportName().equals(wanted.reportName()))
                .findFirst()
                .map(existing -> existing.differencesFrom(wanted))
                .orElseGet(() -> List.of("it does not exist in account " + target.accountId()));
    }
}
