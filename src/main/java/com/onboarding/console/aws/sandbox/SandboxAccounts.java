package com.onboarding.console.aws.sandbox;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.AwsFailures;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.RolePropagationSettings;
import com.onboarding.console.aws.TemporaryCredentials;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The simulated accounts, created on first touch, and what every call to them goes through: the sandbox's one
 * lock (it is small and fast), the account the credentials act in, IAM's authorization and injected failures.
 */
@Component
@SandboxMode
final class SandboxAccounts {

    /** Temporary access key ids: the sandbox accepts any of this form it did not issue as the target's own. */
    private static final Pattern TEMPORARY_KEY = Pattern.compile("ASIA[A-Z2-7]{16}");
    private static final String KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String platformRoleName;
    private final SandboxIam iam;
    private final Duration propagationDelay;
    private final Clock clock;
    private final AwsCallMetrics metrics;
    private final Map<String, SimulatedAccount> accounts = new TreeMap<>();
    private final Map<String, String> issuedKeys = new HashMap<>();

    SandboxAccounts(AwsSettings settings, SandboxIam iam, AwsCallMetrics metrics, RolePropagationSettings propagation,
            Clock clock) {
        this.platformRoleName = settings.platformRoleName();
        this.iam = iam;
        this.propagationDelay = propagation.sandboxDelay();
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Every account touched so far. */
    synchronized List<SandboxAccount> snapshots() {
        return accounts.values().stream().map(SimulatedAccount::snapshot).toList();
    }

    /** What people read of an account in the sandbox view, under the lock. */
    synchronized <T> T read(String accountId, Function<SimulatedAccount, T> query) {
        return query.apply(touch(accountId));
    }

    /** A change people make in the sandbox view, as a customer would in their AWS console, under the lock. */
    synchronized void change(String accountId, Consumer<SimulatedAccount> change) {
        change.accept(touch(accountId));
    }

    /** The next {@code times} calls to the account fail for this reason, e.g. to practise throttling. */
    synchronized void failNext(String accountId, Reason reason, int times) {
        var account = touch(accountId);
        account.failure = reason;
        account.failuresLeft = Math.max(0, times);
    }

    /** Temporary credentials of the account, as its AWS console would hand them out. */
    synchronized TemporaryCredentials issueCredentials(String accountId) {
        touch(accountId);
        var keyId = "ASIA" + random(KEY_CHARS, 16);
        issuedKeys.put(keyId, accountId);
        return new TemporaryCredentials(keyId, random(SECRET_CHARS, 40), random(SECRET_CHARS, 120));
    }

    String accountOf(TemporaryCredentials credentials) {
        return metrics.time(AwsOperation.GET_CALLER_IDENTITY, () -> {
            synchronized (this) {
                var owner = issuedKeys.get(credentials.accessKeyId());
                if (owner == null) {
                    throw new AwsCallException(Reason.INVALID_CREDENTIALS, "sts:GetCallerIdentity",
                            "The sandbox did not issue the access key " + credentials.accessKeyId()
                                    + ": issue credentials for the account in the Sandbox AWS view.");
                }
                return owner;
            }
        });
    }

    /** Times the call, finds the account the credentials act in, and plays an injected failure, under the lock. */
    <T> T call(AwsOperation operation, AwsTarget target, Function<SimulatedAccount, T> body) {
        return call(operation, target, "", body);
    }

    /** @param resourceName the role, group, bucket or report the request names, for IAM's authorization */
    <T> T call(AwsOperation operation, AwsTarget target, String resourceName, Function<SimulatedAccount, T> body) {
        var qualified = operation.qualifiedName();
        return metrics.time(operation, () -> {
            synchronized (this) {
                var account = actingAccount(target, operation, resourceName);
                if (account.failuresLeft > 0 && account.failure != null) {
                    account.failuresLeft--;
                    throw AwsFailures.failure(account.failure, qualified, account.accountId);
                }
                return body.apply(account);
            }
        });
    }

    /** The account, created on first touch; only under the lock, i.e. within a call or a change. */
    SimulatedAccount touch(String accountId) {
        return accounts.computeIfAbsent(accountId, SimulatedAccount::new);
    }

    Instant now() {
        return clock.instant();
    }

    /** As AWS: AssumeRole works only into a role whose trust policy lets the console in with the ExternalId. */
    SimulatedAccount.Role assumePlatformRole(SimulatedAccount account, AwsTarget target) {
        var role = account.roles.get(platformRoleName);
        // IAM is eventually consistent: a role just created is not assumable at once.
        var propagated = role != null && !clock.instant().isBefore(role.createdAt.plus(propagationDelay));
        iam.assumeRole(account.accountId, platformRoleName, propagated ? role.trustPolicy : null,
                target.externalId());
        return Objects.requireNonNull(role);
    }

    private SimulatedAccount actingAccount(AwsTarget target, AwsOperation operation, String resourceName) {
        var credentials = target.credentials();
        if (credentials == null) {
            var account = touch(target.accountId());
            var role = assumePlatformRole(account, target);
            // AssumeRole itself is the console's request, authorized by the trust policy alone.
            if (operation.caller() != AwsOperation.Caller.CONSOLE_IDENTITY) {
                iam.authorize(operation, account.accountId, platformRoleName, target.sessionName(),
                        role.policies.values(), resourceName);
            }
            return account;
        }
        var owner = issuedKeys.get(credentials.accessKeyId());
        if (owner != null) {
            return touch(owner);
        }
        if (!TEMPORARY_KEY.matcher(credentials.accessKeyId()).matches()) {
            throw AwsFailures.failure(Reason.INVALID_CREDENTIALS, operation.qualifiedName(), target.accountId());
        }
        return touch(target.accountId());
    }

    private static String random(String alphabet, int length) {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
