package com.onboarding.console.audit.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read only: there is deliberately no update or delete here. */
public interface AuditRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByCustomerIdAndActionInOrderByOccurredAtDescIdDesc(long customerId,
            Collection<AuditAction> actions, Pageable page);

    List<AuditEntry> findByCustomerIdAndStepCodeAndActionInOrderByOccurredAtDescIdDesc(long customerId,
            String stepCode, Collection<AuditAction> actions, Pageable page);

    @Query("select distinct a.stepCode from AuditEntry a where a.stepCode is not null order by a.stepCode")
    List<String> stepCodes();

    String FILTER = """
            from AuditEntry a
            where (:customer is null or lower(a.customerName) like :customer escape '\\'
                   or str(a.customerId) = :customerId)
              and (:actor is null or lower(a.actor) = :actor)
              and (:step is null or a.stepCode = :step)
              and (:from is null or a.occurredAt >= :from)
              and (:to is null or a.occurredAt < :to)
            """;

    @Query("select a " + FILTER + " order by a.occurredAt desc, a.id desc")
    List<AuditEntry> search(@Param("customer") @Nullable String customerLike,
            @Param("customerId") @Nullable String customerId, @Param("actor") @Nullable String actor,
            @Param("step") @Nullable String step, @Param("from") @Nullable Instant from,
            @Param("to") @Nullable Instant to, Pageable page);

    @Query("select count(a) " + FILTER)
    long count(@Param("customer") @Nullable String customerLike, @Param("customerId") @Nullable String customerId,
            @Param("actor") @Nullable String actor, @Param("step") @Nullable String step,
            @Param("from") @Nullable Instant from, @Param("to") @Nullable Instant to);
}
