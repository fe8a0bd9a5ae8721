package com.onboarding.console.customers.service;

import com.onboarding.console.base.domain.AccountId;
import com.onboarding.console.base.domain.CountryCode;
import com.onboarding.console.base.domain.EmailAddress;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.domain.TextInput;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerDetails;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns what a person entered into checked {@link CustomerDetails}, each refusal naming its field, and says what an
 * edit changed, for {@link CustomerService}.
 */
@Component
class CustomerDraftCheck {

    private final CustomerRepository customers;
    private final UserDirectory users;
    private final CustomerSettings settings;

    CustomerDraftCheck(CustomerRepository customers, UserDirectory users, CustomerSettings settings) {
        this.customers = customers;
        this.users = users;
        this.settings = settings;
    }

    /** Checks a draft for a new customer (no {@code editedId}) or for the edit of the customer with that id. */
    CustomerDetails check(CustomerDraft draft, @Nullable Long editedId) {
        var name = TextInput.required(CustomerField.NAME, draft.name(), Customer.NAME_MAX);
        var accountId = AccountId.parse(CustomerField.ACCOUNT_ID, Objects.requireNonNullElse(draft.accountId(), ""));
        customers.findByAccountId(accountId.value())
                .filter(other -> !Objects.equals(other.getId(), editedId))
                .ifPresent(other -> {
                    throw new InvalidInputException(CustomerField.ACCOUNT_ID, "Account " + accountId
                            + " already belongs to the customer \"" + other.getName()
                            + "\": each account is onboarded once.");
                });
        var csm = draft.csmUserId();
        if (csm != null && users.activeWithRole(Role.CSM).stream().noneMatch(p -> p.id() == csm)) {
            throw new InvalidInputException(CustomerField.CSM,
                    "The chosen CSM is not an active customer success manager.");
        }
        var country = CountryCode.parse(CustomerField.BILLING_COUNTRY,
                Objects.requireNonNullElse(draft.billingCountry(), ""));
        var email = TextInput.optional(CustomerField.ROOT_EMAIL, draft.rootEmail(), EmailAddress.MAX_LENGTH);
        if (email == null) {
            email = suggestedRootEmail(name, accountId.value());
        }
        email = EmailAddress.parse(CustomerField.ROOT_EMAIL, email, "aws+123456789012@reseller.example").value();
        var payerText = TextInput.optional(CustomerField.PAYER_ACCOUNT_ID, draft.payerAccountId(), 40);
        var payer = payerText == null ? null : AccountId.parse(CustomerField.PAYER_ACCOUNT_ID, payerText);
        var notes = TextInput.optionalLines(CustomerField.NOTES, draft.notes(), Customer.NOTES_MAX);
        return new CustomerDetails(name, accountId, csm, country, email, payer, notes);
    }

    /**
     * The root email address the template gives a customer. Empty while the template needs the account id and
     * what was typed is none yet: "aws+1234@..." would be no address at all.
     */
    String suggestedRootEmail(@Nullable String name, @Nullable String accountId) {
        var slug = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        var template = settings.rootEmailTemplate();
        String account;
        try {
            account = AccountId.parse(CustomerField.ACCOUNT_ID, Objects.requireNonNullElse(accountId, "")).value();
        } catch (InvalidInputException e) {
            if (template.contains("{accountId}")) {
                return "";
            }
            account = "";
        }
        return template.replace("{accountId}", account).replace("{name}", slug);
    }

    /** What an edit changed, for the audit trail; the CSM and notes only as changed, not their content. */
    static String describeChanges(CustomerDetails before, CustomerDetails after) {
        var changed = new ArrayList<String>();
        if (!before.name().equals(after.name())) {
            changed.add("name \"" + before.name() + "\" -> \"" + after.name() + "\"");
        }
        if (!before.accountId().equals(after.accountId())) {
            changed.add("account " + before.accountId() + " -> " + after.accountId());
        }
        if (!Objects.equals(before.csmUserId(), after.csmUserId())) {
            changed.add("CSM changed");
        }
        if (!before.billingCountry().equals(after.billingCountry())) {
            changed.add("billing country " + before.billingCountry() + " -> " + after.billingCountry());
        }
        if (!before.rootEmail().equals(after.rootEmail())) {
            changed.add("root email " + before.rootEmail() + " -> " + after.rootEmail());
        }
        if (!Objects.equals(before.payerAccountId(), after.payerAccountId())) {
            changed.add("payer account " + before.payerAccountId() + " -> " + after.payerAccountId());
        }
        if (!Objects.equals(before.notes(), after.notes())) {
            changed.add("notes changed");
        }
        return changed.isEmpty() ? "No changes" : String.join("; ", changed);
    }
}
