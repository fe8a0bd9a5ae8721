package com.onboarding.console.payer.service;

import com.onboarding.console.base.access.CustomerVisible;
import com.onboarding.console.base.access.SignedIn;
import com.onboarding.console.base.access.StaffOnly;
import com.onboarding.console.base.domain.AccountId;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerLookup;
import com.onboarding.console.payer.domain.BulkLookupLine;
import com.onboarding.console.payer.domain.ConsolidatedPayer;
import com.onboarding.console.payer.domain.PayerAnswer;
import com.onboarding.console.payer.domain.PayerType;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Answers whether an account is on consolidated billing, on a dedicated payer, or unknown, from the
 * configured consolidated payers, the customers' recorded payer accounts and, for customers without one,
 * what the last verification learned from AWS Organizations. It never calls AWS itself: the answer is shown
 * on pages as they render, and verification refreshes the facts.
 * <p>
 * A customer user may look up any account but learns only the payer type of another customer's account:
 * the explanation then names neither that customer nor its data. This is decided here, not in a view.
 */
@Service
public class PayerLookupService {

    public static final int LIST_MAX_IDS = 1000;
    public static final int LIST_MAX_CHARS = 50_000;

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
    private static final int NAMES_SHOWN = 3;
    private static final String NOT_CONSOLIDATED = "not one of the consolidated payers";

    private final CustomerLookup customers;
    private final PayerSettings payers;
    private final CurrentUser currentUser;

    PayerLookupService(CustomerLookup customers, PayerSettings payers, CurrentUser currentUser) {
        this.customers = customers;
        this.payers = payers;
        this.currentUser = currentUser;
    }

    @SignedIn
    public List<ConsolidatedPayer> consolidatedPayers() {
        return payers.consolidated();
    }

    /** Looks up one typed account id; spaces and dashes are ignored, anything else but 12 digits is refused. */
    @SignedIn
    public PayerAnswer lookup(String input) {
        return new Lookup(currentUser.require()).classify(AccountId.parse(PayerField.ACCOUNT_ID, input));
    }

    /** The payer type of a customer's own management account, e.g. for the top of its checklist. */
    @CustomerVisible
    public PayerAnswer forCustomer(long customerId) {
        var customer = customers.require(customerId);
        return new Lookup(currentUser.require()).ofCustomer(customer);
    }

    /**
     * Looks up every id of a pasted list (one per line, or separated by commas or semicolons). Blank entries
     * are skipped; a bad entry gets its error and the others still get answers.
     */
    @StaffOnly
    public List<BulkLookupLine> lookupAll(String pasted) {
        if (pasted.length() > LIST_MAX_CHARS) {
            throw new InvalidInputException(PayerField.ACCOUNT_IDS, "The list is " + pasted.length()
                    + " characters long: paste at most " + LIST_MAX_CHARS + " characters at once.");
        }
        var lookup = new Lookup(currentUser.require());
        var result = new ArrayList<BulkLookupLine>();
        var lines = LINE_BREAK.split(pasted, -1);
        for (int i = 0; i < lines.length; i++) {
            for (var entry : LIST_SEPARATOR.split(lines[i], -1)) {
                var input = entry.strip();
                if (input.isEmpty()) {
                    continue;
                }
                if (result.size() == LIST_MAX_IDS) {
                    throw new InvalidInputException(PayerField.ACCOUNT_IDS, "The list has more than " + LIST_MAX_IDS
                            + " account ids: look up at most " + LIST_MAX_IDS + " at once.");
                }
                result.add(lookupLine(lookup, i + 1, input));
            }
        }
        if (result.isEmpty()) {
            throw new InvalidInputException(PayerField.ACCOUNT_IDS, "Paste at least one account id: one per line, or"
                    + " separated by commas or semicolons.");
        }
        return result;
    }

    private static BulkLookupLine lookupLine(Lookup lookup, int line, String input) {
        try {
            return BulkLookupLine.answered(line, input, lookup.classify(AccountId.parse(PayerField.ACCOUNT_ID, input)));
        } catch (InvalidInputException e) {
            return BulkLookupLine.refused(line, input, e.getMessage());
        }
    }

    /** One request's lookups for one user. */
    private final class Lookup {

        private final AppUserPrincipal viewer;

        Lookup(AppUserPrincipal viewer) {
            this.viewer = viewer;
        }

        PayerAnswer classify(AccountId id) {
            var payer = payers.find(id.value());
            if (payer.isPresent()) {
                return consolidated(id.value(), payer.get(),
                        id + " is the consolidated payer account " + payer.get().name() + " itself.");
            }
            var customer = customers.byAccountId(id.value());
            if (customer.isPresent()) {
                return ofCustomer(customer.get());
            }
            var payingFor = customers.paidFor(id.value());
            if (!payingFor.isEmpty()) {
                return dedicated(id.value(), "It is the recorded payer account of " + whoseMembers(payingFor)
                        + ", and " + NOT_CONSOLIDATED + ".");
            }
            return new PayerAnswer(id.value(), PayerType.UNKNOWN, null, "It is neither a consolidated payer account"
                    + " nor the management or payer account of a customer of this console.");
        }

        PayerAnswer ofCustomer(Customer customer) {
            var account = customer.getAccountId();
            var subject = subject(customer);
            var recorded = customer.getPayerAccountId();
            if (recorded != null) {
                var payer = payers.find(recorded);
                if (payer.isPresent()) {
                    return consolidated(account, payer.get(), subject
                            + " is recorded as a member account of the consolidated payer " + payer.get().label() + ".");
                }
                if (recorded.equals(account)) {
                    return dedicated(account, subject + " is recorded as its own payer account, "
                            + NOT_CONSOLIDATED + ".");
                }
                return dedicated(account, subject + " is recorded on "
                        + (mayNameDetails(customer) ? "payer account " + recorded : "a payer account") + ", "
                        + NOT_CONSOLIDATED + ".");
            }
            var management = customer.getOrganizationManagementAccount();
            if (management == null) {
                return dedicated(account, subject + " has no recorded payer account, so it is taken as its own"
                        + " payer: a dedicated payer account.");
            }
            var payer = payers.find(management);
            if (payer.isPresent()) {
                return consolidated(account, payer.get(), "The last verification found " + lower(subject)
                        + " in the organization of the consolidated payer " + payer.get().label() + ".");
            }
            if (management.equals(account)) {
                return dedicated(account, "The last verification found " + lower(subject)
                        + " to be the management account of its own organization, so it is its own payer.");
            }
            return dedicated(account, "The last verification found " + lower(subject) + " in the organization of "
                    + (mayNameDetails(customer) ? "payer account " + management : "another payer account") + ", "
                    + NOT_CONSOLIDATED + ".");
        }

        /** Staff see everything; a customer user sees details of their own customer only. */
        private boolean mayNameDetails(Customer customer) {
            return viewer.canSeeCustomer(customer.id());
        }

        private String subject(Customer customer) {
            if (viewer.isStaff()) {
                return "The management account of customer \"" + customer.getName() + "\"";
            }
            return mayNameDetails(customer) ? "Your management account" : "This customer account";
        }

        private String whoseMembers(List<Customer> members) {
            if (viewer.isStaff()) {
                var names = members.stream().limit(NAMES_SHOWN).map(c -> "\"" + c.getName() + "\"")
                        .collect(Collectors.joining(", "));
                var more = members.size() > NAMES_SHOWN ? " and " + (members.size() - NAMES_SHOWN) + " more" : "";
                return (members.size() == 1 ? "customer " : "customers ") + names + more;
            }
            return members.stream().anyMatch(this::mayNameDetails) ? "your management account"
                    : "a customer of this console";
        }
    }

    private static PayerAnswer consolidated(String account, ConsolidatedPayer payer, String explanation) {
        return new PayerAnswer(account, PayerType.CONSOLIDATED, payer, explanation);
    }

    private static PayerAnswer dedicated(String account, String explanation) {
        return new PayerAnswer(account, PayerType.DEDICATED, null, explanation);
    }

    private static String lower(String subject) {
        return Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
    }
}
