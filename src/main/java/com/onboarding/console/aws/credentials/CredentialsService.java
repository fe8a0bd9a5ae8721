package com.onboarding.console.aws.credentials;

import static com.onboarding.console.aws.credentials.CredentialsField.ACCESS_KEY_ID;
import static com.onboarding.console.aws.credentials.CredentialsField.SECRET_ACCESS_KEY;
import static com.onboarding.console.aws.credentials.CredentialsField.SESSION_TOKEN;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.IdentityPort;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.base.access.CustomerVisible;
import com.onboarding.console.base.access.OpsOrAdmin;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerLookup;
import com.onboarding.console.security.CurrentUser;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary credentials an OPS user pastes for one customer's management account, before the platform role exists.
 * They are checked with AWS at once, kept in the user's session only, and never written to the database or a log:
 * the audit trail names the access key id alone.
 */
@Service
public class CredentialsService {

    private static final Pattern KEY_ID = Pattern.compile("(AKIA|ASIA)[A-Z0-9]{16}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9/+=]{40}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9/+=]{16,8192}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final ObjectProvider<PastedCredentials> pasted;
    private final IdentityPort identity;
    private final CustomerLookup customers;
    private final AuditService audit;
    private final CurrentUser currentUser;

    CredentialsService(ObjectProvider<PastedCredentials> pasted, IdentityPort identity, CustomerLookup customers,
            AuditService audit, CurrentUser currentUser) {
        this.pasted = pasted;
        this.identity = identity;
        this.customers = customers;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /**
     * Checks the credentials with STS GetCallerIdentity and keeps them for this customer for the rest of the
     * session. Refused with a message when they are malformed or belong to another account than the customer's
     * management account. Not one transaction: the AWS call should not hold a database connection, and the audit
     * record stands alone.
     *
     * @param accountId the management account the person means the credentials for
     */
    @OpsOrAdmin
    public void paste(long customerId, String accountId, @Nullable String accessKeyId,
            @Nullable String secretAccessKey, @Nullable String sessionToken) {
        var customer = customer(customerId);
        if (!customer.getAccountId().equals(accountId.strip())) {
            throw new InvalidInputException(ACCESS_KEY_ID, "Customer " + customer.getName() + " has the management"
                    + " account " + customer.getAccountId() + ", not " + accountId.strip() + ".");
        }
        var credentials = validate(accessKeyId, secretAccessKey, sessionToken);
        String owner;
        try {
            owner = identity.accountOf(new AwsTarget(customer.getAccountId(), customer.getExternalId(),
                    currentUser.name(), credentials));
        } catch (AwsCallException e) {
            record(customer, "Refused credentials " + credentials.accessKeyId() + ": " + e.staffMessage());
            throw e;
        }
        if (!owner.equals(customer.getAccountId())) {
            record(customer, "Refused credentials " + credentials.accessKeyId() + ": they belong to account " + owner);
            throw new InvalidInputException(ACCESS_KEY_ID, "These credentials belong to account " + owner
                    + ", not to the management account " + customer.getAccountId() + " of " + customer.getName()
                    + ": paste credentials of account " + customer.getAccountId() + ".");
        }
        store().put(customerId, credentials);
        record(customer, "Pasted credentials " + credentials.accessKeyId() + " for account " + owner
                + ", checked with AWS; kept for this session only");
    }

    /**
     * As {@link #paste}, for the customer whose management account the credentials were issued for (the sandbox's
     * shortcut). Returns the customer's name.
     */
    @OpsOrAdmin
    public String pasteForAccount(String accountId, TemporaryCredentials credentials) {
        var customer = customers.byAccountId(accountId).orElseThrow(() -> new InvalidInputException(
                "No customer has the management account " + accountId + ": create the customer first."));
        paste(customer.id(), accountId, credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials.sessionToken());
        return customer.getName();
    }

    /** Drops this user's pasted credentials for the customer; later calls assume the platform role. */
    @OpsOrAdmin
    public void forget(long customerId) {
        var customer = customer(customerId);
        if (store().remove(customerId)) {
            record(customer, "Forgot the pasted credentials for account " + customer.getAccountId());
        }
    }

    /** This user's pasted credentials for the customer, if any. */
    @OpsOrAdmin
    public Optional<TemporaryCredentials> current(long customerId) {
        return session().flatMap(credentials -> credentials.get(customerId));
    }

    /**
     * How this user's AWS calls for the customer get in: with the credentials the user pasted, if any, otherwise
     * by assuming the platform role. Call it on the user's request (the pasted credentials live in the session),
     * then hand the target to any thread.
     */
    @Transactional(readOnly = true)
    @CustomerVisible
    public AwsTarget target(long customerId) {
        var customer = customer(customerId);
        var mayUsePasted = currentUser.get().map(user -> user.operatesAws()).orElse(false);
        var credentials = mayUsePasted ? session().flatMap(s -> s.get(customerId)).orElse(null) : null;
        return new AwsTarget(customer.getAccountId(), customer.getExternalId(), currentUser.name(), credentials);
    }

    private static TemporaryCredentials validate(@Nullable String accessKeyId, @Nullable String secretAccessKey,
            @Nullable String sessionToken) {
        var keyId = compact(accessKeyId);
        if (keyId.isEmpty()) {
            throw new InvalidInputException(ACCESS_KEY_ID, ACCESS_KEY_ID.label() + " is required.");
        }
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new InvalidInputException(ACCESS_KEY_ID, ACCESS_KEY_ID.label()
                    + " must be 20 characters: ASIA (temporary) or AKIA followed by 16 capital letters and digits,"
                    + " such as ASIAIOSFODNN7EXAMPLE.");
        }
        var secret = compact(secretAccessKey);
        if (secret.isEmpty()) {
            throw new InvalidInputException(SECRET_ACCESS_KEY, SECRET_ACCESS_KEY.label() + " is required.");
        }
        if (!SECRET.matcher(secret).matches()) {
            // The message says what is wrong without repeating any of the secret.
            throw new InvalidInputException(SECRET_ACCESS_KEY, SECRET_ACCESS_KEY.label() + " must be 40 characters of"
                    + " letters, digits, / and +; what was pasted has " + secret.length() + ".");
        }
        var token = compact(sessionToken);
        if (keyId.startsWith("ASIA")) {
            if (token.isEmpty()) {
                throw new InvalidInputException(SESSION_TOKEN, SESSION_TOKEN.label() + " is required with temporary"
                        + " credentials (access key ids starting with ASIA).");
            }
            if (!TOKEN.matcher(token).matches()) {
                throw new InvalidInputException(SESSION_TOKEN, SESSION_TOKEN.label()
                        + " must be letters, digits, / + and = only, as AWS hands it out.");
            }
        } else if (!token.isEmpty()) {
            throw new InvalidInputException(SESSION_TOKEN, "Long-term access keys (AKIA...) have no session token:"
                    + " leave it empty, or paste temporary credentials (ASIA...).");
        }
        return new TemporaryCredentials(keyId, secret, token);
    }

    /** Pasted text often brings line breaks and spaces from a terminal; none belong to a key. */
    private static String compact(@Nullable String input) {
        return input == null ? "" : WHITESPACE.matcher(input).replaceAll("");
    }

    private Customer customer(long customerId) {
        return customers.require(customerId);
    }

    private void record(Customer customer, String message) {
        audit.recordAlone(AuditService.Event.of(currentUser.name(), AuditAction.AWS_CREDENTIALS, customer.id(),
                customer.getName(), message));
    }

    private PastedCredentials store() {
        return session().orElseThrow(() -> new IllegalStateException(
                "Pasted credentials are kept in a user's session; there is none here."));
    }

    private Optional<PastedCredentials> session() {
        try {
            return Optional.ofNullable(pasted.getIfAvailable());
        } catch (BeansException e) {
            // No Vaadin session on this thread (start-up, scheduled checks): nobody pasted anything here.
            return Optional.empty();
        }
    }
}
