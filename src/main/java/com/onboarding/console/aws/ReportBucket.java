package com.onboarding.console.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Step 3.5, the report bucket: HeadBucket first, then its public access block, encryption and policy read side
 * by side (the check reads them together with HeadBucket), and only what is missing is added. CreateBucket is
 * sent only for a name no one holds, as S3 answers 200 in us-east-1 for a bucket the account has already. A
 * customer's KMS encryption stays as it is.
 */
@Component
public class ReportBucket implements ReportBucketPort {

    private static final String OLD_POLICY_NOTE = ", in its old form: aws:SourceArn under StringEquals is"
            + " compared literally, so AWS may refuse report delivery. Run 3.5 again to repair it (it puts the"
            + " current policy, with ArnLike).";

    /** What the bucket has, read at once. */
    private record Found(Optional<PublicAccessBlock> block, Optional<BucketEncryption> encryption,
            Optional<String> policy) {
    }

    private final S3Buckets s3;
    private final PolicyDocuments policies;
    private final AwsSettings settings;

    public ReportBucket(S3Buckets s3, PolicyDocuments policies, AwsSettings settings) {
        this.s3 = s3;
        this.policies = policies;
        this.settings = settings;
    }

    @Override
    public AwsResult ensureReportBucket(AwsTarget target) {
        var bucket = settings.reportName(target.accountId());
        var head = s3.headBucket(target, bucket);
        return switch (head.status()) {
            case MISSING -> create(target, bucket);
            case OWNED -> complete(target, bucket);
            case FORBIDDEN -> taken(bucket);
            case IN_OTHER_REGION -> elsewhere(bucket, head);
        };
    }

    @Override
    public AwsResult checkReportBucket(AwsTarget target) {
        var bucket = settings.reportName(target.accountId());
        // The reads go out with HeadBucket: one round trip. For a bucket that is not the account's, their answers
        // (refusals) are not used.
        try (var requests = new SideBySide()) {
            var found = read(requests, target, bucket);
            return check(target, bucket, s3.headBucket(target, bucket), found);
        }
    }

    private AwsResult check(AwsTarget target, String bucket, BucketHead head, SideBySide.Answer<Found> found) {
        return switch (head.status()) {
            case MISSING -> AwsResult.differs("The bucket " + bucket + " does not exist in account "
                    + target.accountId());
            case FORBIDDEN -> AwsResult.differs("The bucket " + bucket + " is not this account's: HeadBucket was"
                    + " refused (403), so another AWS account holds the name, or the credentials may not read it.");
            case IN_OTHER_REGION -> elsewhere(bucket, head);
            case OWNED -> compare(target, bucket, found.get());
        };
    }

    private AwsResult create(AwsTarget target, String bucket) {
        return switch (s3.createBucket(target, bucket, settings.bucketRegion())) {
            case CREATED -> {
                s3.putPublicAccessBlock(target, bucket, PublicAccessBlock.ALL);
                s3.encryptBucket(target, bucket);
                s3.putBucketPolicy(target, bucket, policies.reportBucketPolicy(target.accountId()));
                yield AwsResult.ok("Created the bucket " + bucket + " in " + settings.bucketRegion()
                        + ": public access blocked, encrypted (SSE-S3), with the report delivery policy");
            }
            // Made meanwhile by another run of the console, or by the customer: compare it as any other.
            case ALREADY_OWNED -> complete(target, bucket);
            case TAKEN_BY_ANOTHER_ACCOUNT -> taken(bucket);
        };
    }

    /** The bucket is the account's: adds what it lacks, names what differs, replaces nothing of the customer's. */
    private AwsResult complete(AwsTarget target, String bucket) {
        Found found;
        try (var requests = new SideBySide()) {
            found = read(requests, target, bucket).get();
        }
        var added = new ArrayList<String>();
        if (found.block().isEmpty()) {
            s3.putPublicAccessBlock(target, bucket, PublicAccessBlock.ALL);
            added.add("blocked public access");
        }
        if (found.encryption().isEmpty()) {
            s3.encryptBucket(target, bucket);
            added.add("set default encryption (SSE-S3)");
        }
        var policy = found.policy();
        if (policy.isEmpty()) {
            s3.putBucketPolicy(target, bucket, policies.reportBucketPolicy(target.accountId()));
            added.add("put the report delivery policy");
        } else if (policies.isOldReportBucketPolicy(policy.get(), target.accountId())) {
            s3.putBucketPolicy(target, bucket, policies.reportBucketPolicy(target.accountId()));
            added.add("brought its report delivery policy to the current form (ArnLike for aws:SourceArn)");
        }
        var differences = differences(target, found, false);
        var name = "The bucket " + bucket + " already exists";
        var done = added.isEmpty() ? "" : "; the console " + String.join(", ", added);
        if (!differences.isEmpty()) {
            return AwsResult.differs(name + ", but " + String.join("; ", differences) + done);
        }
        return AwsResult.ok(added.isEmpty() ? name + " as wanted" + kept(found) : name + done + kept(found));
    }

    private AwsResult compare(AwsTarget target, String bucket, Found found) {
        var differences = differences(target, found, true);
        if (!differences.isEmpty()) {
            return AwsResult.differs("The bucket " + bucket + ": " + String.join("; ", differences));
        }
        var old = found.policy().filter(p -> policies.isOldReportBucketPolicy(p, target.accountId())).isPresent();
        return AwsResult.ok("The bucket " + bucket + " blocks public access, is encrypted and has the report"
                + " delivery policy" + (old ? OLD_POLICY_NOTE : kept(found)));
    }

    /** What the bucket has that the console would not set; with {@code missing}, what it lacks, too. */
    private List<String> differences(AwsTarget target, Found found, boolean missing) {
        var differences = new ArrayList<String>();
        if (missing && found.block().isEmpty()) {
            differences.add("it has no public access block");
        }
        found.block().map(PublicAccessBlock::off).filter(off -> !off.isEmpty())
                .ifPresent(off -> differences.add("its public access block has " + String.join(", ", off) + " off"));
        if (missing && found.encryption().isEmpty()) {
            differences.add("it has no default encryption");
        }
        if (missing && found.policy().isEmpty()) {
            differences.add("it has no bucket policy");
        }
        found.policy().filter(p -> !policies.isOldReportBucketPolicy(p, target.accountId()))
                .flatMap(p -> PolicyDocuments.difference("its bucket policy", p,
                        policies.reportBucketPolicy(target.accountId())))
                .ifPresent(differences::add);
        return differences;
    }

    private static String kept(Found found) {
        return found.encryption().filter(e -> e != BucketEncryption.SSE_S3)
                .map(e -> " (its " + e.algorithm() + " encryption is kept)").orElse("");
    }

    private static AwsResult taken(String bucket) {
        return AwsResult.differs("The bucket name " + bucket + " is taken by another AWS account (bucket names are"
                + " global): an administrator can change console.aws.bucket-prefix or console.aws.id-template to"
                + " choose another name.");
    }

    private AwsResult elsewhere(String bucket, BucketHead head) {
        return AwsResult.differs("The bucket " + bucket + " is in " + (head.region() == null ? "another region"
                : head.region()) + ", not in " + settings.bucketRegion() + " where the console keeps it: move the"
                + " reports to a new bucket there, or set console.aws.bucket-region to the bucket's region.");
    }

    /** GetPublicAccessBlock, GetBucketEncryption and GetBucketPolicy at once: the check waits for the slowest. */
    private SideBySide.Answer<Found> read(SideBySide requests, AwsTarget target, String bucket) {
        var block = requests.start(() -> s3.publicAccessBlock(target, bucket));
        var encryption = requests.start(() -> s3.bucketEncryption(target, bucket));
        var policy = requests.start(() -> s3.bucketPolicy(target, bucket));
        return () -> new Found(block.get(), encryption.get(), policy.get());
    }
}
