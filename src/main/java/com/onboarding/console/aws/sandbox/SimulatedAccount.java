package com.onboarding.console.aws.sandbox;

import static com.onboarding.console.aws.AccountSecurityPort.ADMINISTRATOR_ACCESS;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.BucketEncryption;
import com.onboarding.console.aws.FiledTaxRegistration;
import com.onboarding.console.aws.PublicAccessBlock;
import com.onboarding.console.aws.ReportDefinitionSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** One simulated account; guarded by the lock of {@link SandboxAccounts}. */
final class SimulatedAccount {
    final String accountId;
    String organizationId;
    String masterAccountId;
    String rootEmail;
    boolean rootMfa = true;
    final Map<String, TreeSet<String>> users = new TreeMap<>();
    final Map<String, Group> groups = new TreeMap<>();
    final Map<String, Role> roles = new TreeMap<>();
    final Map<String, Bucket> buckets = new TreeMap<>();
    final Map<String, ReportDefinitionSpec> reports = new TreeMap<>();
    @Nullable FiledTaxRegistration tax;
    @Nullable Reason failure;
    int failuresLeft;

    SimulatedAccount(String accountId) {
        this.accountId = accountId;
        this.organizationId = "o-" + Long.toString(Long.parseLong(accountId.replaceAll("\\D", "0")), 36);
        this.masterAccountId = accountId;
        this.rootEmail = "root+" + accountId + "@customer.example";
    }

    /** ListEntitiesForPolicy on AdministratorAccess: the users and groups it is attached to. */
    Holders holders() {
        return new Holders(users.entrySet().stream().filter(user -> user.getValue().contains(ADMINISTRATOR_ACCESS))
                .map(Map.Entry::getKey).toList(),
                groups.entrySet().stream().filter(group -> group.getValue().policies.contains(ADMINISTRATOR_ACCESS))
                .map(Map.Entry::getKey).toList());
    }

    SandboxAccount snapshot() {
        var holders = holders();
        var admins = new TreeSet<>(holders.users());
        holders.groups().forEach(group -> admins.addAll(groups.get(group).members));
        return new SandboxAccount(accountId, rootEmail, rootMfa, List.copyOf(admins), List.copyOf(roles.keySet()),
                List.copyOf(buckets.keySet()), List.copyOf(reports.keySet()),
                tax == null ? null : tax.registration().registrationId(),
                failuresLeft > 0 && failure != null ? failuresLeft + " x " + failure : null);
    }

    static final class Role {
        final String trustPolicy;
        final Instant createdAt;
        final Map<String, String> policies = new TreeMap<>();

        Role(String trustPolicy, Instant createdAt) {
            this.trustPolicy = trustPolicy;
            this.createdAt = createdAt;
        }
    }

    record Holders(List<String> users, List<String> groups) {
    }

    static final class Group {
        final Set<String> policies = new TreeSet<>();
        final Set<String> members = new TreeSet<>();
    }

    static final class Bucket {
        final String region;
        @Nullable PublicAccessBlock block;
        @Nullable String policy;
        @Nullable BucketEncryption encryption;

        Bucket(String region) {
            this.region = region;
        }
    }
}
