package com.onboarding.console.customers.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.access.CustomerVisible;
import com.onboarding.console.base.access.StaffOnly;
import com.onboarding.console.base.domain.AccountId;
import com.onboarding.console.base.domain.CountryCode;
import com.onboarding.console.base.domain.EmailAddress;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.domain.OffsetPageRequest;
import com.onboarding.console.base.domain.TextInput;
import com.onboarding.console.base.export.SpreadsheetCsv;
import com.onboarding.console.base.live.CustomerChanges;
import com.onboarding.console.customers.domain.ChecklistShape;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerCreated;
import com.onboarding.console.customers.domain.CustomerDetails;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.customers.domain.WaitingOn;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import java.io.Writer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.EscapeCharacter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, edits, archives and lists customers. */
@Service
public class CustomerService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int EXPORT_PAGE = 500;

    private final CustomerRepository customers;
    private final UserDirectory users;
    private final AuditService audit;
    private final CustomerChanges changes;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final CustomerSettings settings;
    private final ChecklistShape shape;
    private final Clock clock;

    CustomerService(CustomerRepository customers, UserDirectory users, AuditService audit, CustomerChanges changes,
            ApplicationEventPublisher events, CurrentUser currentUser, CustomerSettings settings, ChecklistShape shape,
            Clock clock) {
        this.customers = customers;
        this.shape = shape;
        this.users = users;
        this.audit = audit;
        this.changes = changes;
        this.events = events;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    @StaffOnly
    public Customer create(CustomerDraft draft) {
        var details = check(draft, null);
        var customer = new Customer(newExternalId(), clock.instant());
        customer.apply(details);
        customers.saveAndFlush(customer);
        events.publishEvent(new CustomerCreated(customer.id()));
        audit.record(AuditService.Event.of(currentUser.name(), AuditAction.CUSTOMER_CREATED, customer.id(),
                customer.getName(), "Created customer for account " + customer.getAccountId()));
        changes.publish(customer.id());
        return customer;
    }

    /** Saves edits made on the version the editor saw; a stale edit is refused. */
    @Transactional
    @StaffOnly
    public Customer update(long customerId, long seenVersion, CustomerDraft draft) {
        var customer = load(customerId);
        if (customer.getVersion() != seenVersion) {
            throw new StaleCustomerException();
        }
        var before = customer.details();
        var after = check(draft, customerId);
        customer.apply(after);
        customer.touch(clock.instant());
        audit.record(AuditService.Event.of(currentUser.name(), AuditAction.CUSTOMER_UPDATED, customerId,
                customer.getName(), describeChanges(before, after)));
        changes.publish(customerId);
        return customer;
    }

    @Transactional
    @StaffOnly
    public void setArchived(long customerId, boolean archived) {
        var customer = load(customerId);
        if (customer.isArchived() == archived) {
            return;
        }
        customer.setArchived(archived);
        audit.record(AuditService.Event.of(currentUser.name(),
                archived ? AuditAction.CUSTOMER_ARCHIVED : AuditAction.CUSTOMER_RESTORED, customerId,
                customer.getName(), null));
        changes.publish(customerId);
    }

    /** Switches the stalled-onboarding reminders to the customer on or off (the CSM's digest lists them still). */
    @Transactional
    @StaffOnly
    public void setReminders(long customerId, boolean on) {
        var customer = load(customerId);
        if (customer.isRemindersOff() != on) {
            return;
        }
        customers.setRemindersOff(customerId, !on);
        audit.record(AuditService.Event.of(currentUser.name(), AuditAction.CUSTOMER_UPDATED, customerId,
                customer.getName(), on ? "Reminders switched on" : "Reminders switched off"));
        changes.publish(customerId);
    }

    @Transactional(readOnly = true)
    @CustomerVisible
    public Customer get(long customerId) {
        return load(customerId);
    }

    @Transactional(readOnly = true)
    @StaffOnly
    public List<Customer> list(CustomerFilter filter, CustomerSort sort, boolean ascending, int offset, int limit) {
        var q = Query.of(filter);
        var order = Sort.by(ascending ? Sort.Direction.ASC : Sort.Direction.DESC, sort.property()).and(Sort.by("id"));
        return customers.search(filter.archived(), q.textLike, filter.csmUserId(), filter.phase(), q.failedOnly,
                q.driftOnly, q.waitingOn, OffsetPageRequest.of(offset, limit, order));
    }

    @Transactional(readOnly = true)
    @StaffOnly
    public long count(CustomerFilter filter) {
        var q = Query.of(filter);
        return customers.count(filter.archived(), q.textLike, filter.csmUserId(), filter.phase(), q.failedOnly,
                q.driftOnly, q.waitingOn);
    }

    /** The phases a customer can be in, for filtering by them. */
    @StaffOnly
    public List<Integer> phases() {
        return IntStream.rangeClosed(1, shape.phases()).boxed().toList();
    }

    /** The names of the given customers, archived ones included, for lists that show them beside people. */
    @Transactional(readOnly = true)
    @StaffOnly
    public Map<Long, String> names(Collection<Long> customerIds) {
        return customers.findAllById(customerIds).stream().collect(Collectors.toMap(Customer::id, Customer::getName));
    }

    /** Writes the filtered list as CSV, a page at a time so that thousands of customers fit in little memory. */
    @Transactional(readOnly = true)
    @StaffOnly
    public void exportCsv(CustomerFilter filter, CustomerSort sort, boolean ascending, Writer out) {
        var csmNames = new HashMap<Long, String>();
        users.activeWithRole(Role.CSM).forEach(p -> csmNames.put(p.id(), p.displayName()));
        try (var csv = SpreadsheetCsv.open(out, "name", "account id", "csm", "phase", "progress %", "failed steps",
                "waiting on", "last activity")) {
            for (int offset = 0;; offset += EXPORT_PAGE) {
                var page = list(filter, sort, ascending, offset, EXPORT_PAGE);
                for (var c : page) {
                    csv.row(c.getName(), new AccountId(c.getAccountId()),
                            c.getCsmUserId() == null ? "" : csmNames.getOrDefault(c.getCsmUserId(), ""),
                            c.getCurrentPhase(), c.progressPercent(), c.getFailedSteps(),
                            c.getWaitingOn().label(), c.getLastActivityAt());
                }
                if (page.size() < EXPORT_PAGE) {
                    return;
                }
            }
        }
    }

    /**
     * The root email address the template gives a customer; shown in the form before it is saved. Empty while the
     * template needs the account id and what was typed is none yet: "aws+1234@..." would be no address at all.
     */
    @StaffOnly
    public String suggestedRootEmail(@Nullable String name, @Nullable String accountId) {
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

    private Customer load(long customerId) {
        return customers.findById(customerId).orElseThrow(() -> CustomerLookup.noSuchCustomer(customerId));
    }

    private CustomerDetails check(CustomerDraft draft, @Nullable Long editedId) {
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
        var email = TextInput.optional(CustomerField.ROOT_EMAIL, draft.rootEmail(), Customer.EMAIL_MAX);
        if (email == null) {
            email = suggestedRootEmail(name, accountId.value());
        }
        email = EmailAddress.parse(CustomerField.ROOT_EMAIL, email, "aws+123456789012@reseller.example").value();
        var payerText = TextInput.optional(CustomerField.PAYER_ACCOUNT_ID, draft.payerAccountId(), 40);
        var payer = payerText == null ? null : AccountId.parse(CustomerField.PAYER_ACCOUNT_ID, payerText);
        var notes = TextInput.optionalLines(CustomerField.NOTES, draft.notes(), Customer.NOTES_MAX);
        return new CustomerDetails(name, accountId, csm, country, email, payer, notes);
    }

    private static String describeChanges(CustomerDetails before, CustomerDetails after) {
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

    private static String newExternalId() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private record Query(@Nullable String textLike, boolean failedOnly, boolean driftOnly,
            @Nullable WaitingOn waitingOn) {

        static Query of(CustomerFilter filter) {
            // Spaces and dashes match anything, so "1234-5678-9012" finds the account and "acme-corp" the name;
            // a typed % or _ is that character, not a wildcard.
            var text = filter.text() == null || filter.text().isBlank() ? null
                    : "%" + EscapeCharacter.DEFAULT.escape(filter.text().strip().toLowerCase(Locale.ROOT))
                            .replaceAll("[\\s-]+", "%") + "%";
            var status = filter.status();
            WaitingOn waitingOn = status == null ? null : switch (status) {
                case WAITING_ON_CUSTOMER -> WaitingOn.CUSTOMER;
                case WAITING_ON_OPS -> WaitingOn.OPS;
                case COMPLETE -> WaitingOn.NOBODY;
                case HAS_FAILED_STEPS, DRIFT -> null;
            };
            return new Query(text, status == CustomerFilter.Status.HAS_FAILED_STEPS,
                    status == CustomerFilter.Status.DRIFT, waitingOn);
        }
    }
}
