package com.onboarding.console.customers.domain;

import com.onboarding.console.base.domain.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import com.onboarding.console.base.domain.AccountId;
import java.time.Instant;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/** A customer company whose AWS organization is being onboarded. */
@Entity
@Table(name = "customer")
public class Customer {

    public static final int NAME_MAX = 200;
    public static final int NOTES_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @Column(name = "account_id", nullable = false, length = 12)
    private String accountId = "";

    @Column(name = "csm_user_id")
    private @Nullable Long csmUserId;

    @Column(name = "billing_country", nullable = false, length = 2)
    private String billingCountry = "";

    @Column(name = "root_email", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String rootEmail = "";

    @Column(name = "external_id", nullable = false, length = 64, updatable = false)
    private String externalId = "";

    @Column(name = "payer_account_id", length = 12)
    private @Nullable String payerAccountId;

    @Column(length = NOTES_MAX)
    private @Nullable String notes;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @OptimisticLock(excluded = true)
    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt = Instant.EPOCH;

    // Not part of the optimistic lock: a step changing must not make someone's open edit form stale.
    @OptimisticLock(excluded = true)
    @Embedded
    private RecordedProgress progress = new RecordedProgress();

    // Written by the fleet checks alone (CustomerRepository.setDrifted), never with the rest of the customer.
    @Column(name = "drifted", nullable = false, insertable = false, updatable = false)
    private boolean drifted;

    // Written by the reminders alone (CustomerRepository), so that a form save never undoes them.
    @Column(name = "reminders_off", nullable = false, insertable = false, updatable = false)
    private boolean remindersOff;

    @Column(name = "last_reminder_at", insertable = false, updatable = false)
    private @Nullable Instant lastReminderAt;

    // Not part of the optimistic lock, as the progress; null until a step records a fact.
    @OptimisticLock(excluded = true)
    @Embedded
    private @Nullable AwsFacts aws;

    @Version
    private long version;

    protected Customer() {
        // for JPA
    }

    public Customer(String externalId, Instant createdAt) {
        this.externalId = externalId;
        this.createdAt = createdAt;
        this.lastActivityAt = createdAt;
    }

    /** Applies edited details; the caller has validated them. */
    public void apply(CustomerDetails details) {
        this.name = details.name();
        this.accountId = details.accountId().value();
        this.csmUserId = details.csmUserId();
        this.billingCountry = details.billingCountry();
        this.rootEmail = details.rootEmail();
        this.payerAccountId = details.payerAccountId() == null ? null : details.payerAccountId().value();
        this.notes = details.notes();
    }

    /** Records the checklist's standing, not part of the optimistic lock. */
    public void recordProgress(ChecklistProgress progress, Instant at) {
        this.progress = RecordedProgress.of(progress);
        this.lastActivityAt = at;
    }

    /** Records what AWS Organizations said about the customer's organization when a step was verified. */
    public void recordOrganization(String managementAccountId, Instant at) {
        aws().recordOrganization(managementAccountId, at);
    }

    /** Records the registration the console set in step 3.2. */
    public void recordTaxRegistration(String registrationId, String legalName) {
        aws().recordTaxRegistration(registrationId, legalName);
    }

    private AwsFacts aws() {
        if (aws == null) {
            aws = new AwsFacts();
        }
        return aws;
    }

    public @Nullable String getTaxRegistrationId() {
        return aws == null ? null : aws.taxRegistrationId();
    }

    public @Nullable String getTaxLegalName() {
        return aws == null ? null : aws.taxLegalName();
    }

    public void touch(Instant at) {
        this.lastActivityAt = at;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("customer not saved yet");
        }
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAccountId() {
        return accountId;
    }

    public @Nullable Long getCsmUserId() {
        return csmUserId;
    }

    public String getBillingCountry() {
        return billingCountry;
    }

    public String getRootEmail() {
        return rootEmail;
    }

    public String getExternalId() {
        return externalId;
    }

    public @Nullable String getPayerAccountId() {
        return payerAccountId;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public int getCompletedSteps() {
        return progress.completedSteps();
    }

    public int getFailedSteps() {
        return progress.failedSteps();
    }

    public int getCurrentPhase() {
        return progress.currentPhase();
    }

    public WaitingOn getWaitingOn() {
        return progress.waitingOn();
    }

    public @Nullable String getOrganizationManagementAccount() {
        return aws == null ? null : aws.organizationManagementAccount();
    }

    public int progressPercent() {
        return progress.percent();
    }

    public long getVersion() {
        return version;
    }

    public CustomerDetails details() {
        return new CustomerDetails(name, new AccountId(accountId), csmUserId, billingCountry, rootEmail,
                payerAccountId == null ? null : new AccountId(payerAccountId), notes);
    }

    /** A fleet check found a step AWS had verified no longer as it should be, and no check since found all in order. */
    public boolean isDrifted() {
        return drifted;
    }

    /** The CSM switched off the stalled-onboarding reminders to this customer. */
    public boolean isRemindersOff() {
        return remindersOff;
    }

    public @Nullable Instant getLastReminderAt() {
        return lastReminderAt;
    }
}
