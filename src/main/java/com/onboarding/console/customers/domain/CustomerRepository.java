package com.onboarding.console.customers.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByAccountId(String accountId);

    /** Serializes checklist changes of one customer, so its progress summary is computed from settled steps. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Customer c where c.id = :id")
    Optional<Customer> lockById(@Param("id") long id);

    List<Customer> findByPayerAccountId(String payerAccountId);

    @Query("select c.id from Customer c where c.archived = false order by c.id")
    List<Long> activeIds();

    /** Sets or clears the drift mark of a customer. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Customer c set c.drifted = :drifted where c.id = :id")
    int setDrifted(@Param("id") long id, @Param("drifted") boolean drifted);

    /** Active customers in phase 1 whose last change is before the time, reminders on or not. */
    @Query("""
            select c from Customer c
             where c.archived = false and c.progress.currentPhase = 1 and c.lastActivityAt < :before
             order by c.id
            """)
    List<Customer> stalledInPhaseOne(@Param("before") Instant before);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Customer c set c.lastReminderAt = :at where c.id = :id")
    int markReminded(@Param("id") long id, @Param("at") Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Customer c set c.remindersOff = :off where c.id = :id")
    int setRemindersOff(@Param("id") long id, @Param("off") boolean off);

    String FILTER = """
            from Customer c
            where c.archived = :archived
              and (:text is null or lower(c.name) like :text escape '\\' or c.accountId like :text escape '\\')
              and (:csm is null or c.csmUserId = :csm)
              and (:phase is null or c.progress.currentPhase = :phase)
              and (:failedOnly = false or c.progress.failedSteps > 0)
              and (:driftOnly = false or c.drifted = true)
              and (:waitingOn is null or c.progress.waitingOn = :waitingOn)
            """;

    @Query("select c " + FILTER)
    List<Customer> search(@Param("archived") boolean archived, @Param("text") @Nullable String textLike,
            @Param("csm") @Nullable Long csmUserId, @Param("phase") @Nullable Integer phase,
            @Param("failedOnly") boolean failedOnly, @Param("driftOnly") boolean driftOnly,
            @Param("waitingOn") @Nullable WaitingOn waitingOn,
            Pageable page);

    @Query("select count(c) " + FILTER)
    long count(@Param("archived") boolean archived, @Param("text") @Nullable String textLike,
            @Param("csm") @Nullable Long csmUserId, @Param("phase") @Nullable Integer phase,
            @Param("failedOnly") boolean failedOnly, @Param("driftOnly") boolean driftOnly,
            @Param("waitingOn") @Nullable WaitingOn waitingOn);
}
