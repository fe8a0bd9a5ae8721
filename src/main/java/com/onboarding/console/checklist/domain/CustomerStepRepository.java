package com.onboarding.console.checklist.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerStepRepository extends JpaRepository<CustomerStep, Long> {

    List<CustomerStep> findByCustomerId(long customerId);

    Optional<CustomerStep> findByCustomerIdAndCode(long customerId, StepCode code);

    /** The active customers whose step is done, in id order: after the platform role step, the console's access. */
    @Query("""
            select s.customerId from CustomerStep s, Customer c
             where c.id = s.customerId and c.archived = false and s.code = :code
               and s.status = com.onboarding.console.checklist.domain.StepStatus.DONE
             order by s.customerId
            """)
    List<Long> activeCustomersWithDone(@Param("code") StepCode code);

    /**
     * Claims a step for an AWS call: only one caller, on any instance, turns an open step of the version
     * it saw into IN_PROGRESS, under a token of its own. Returns 1 for the winner, 0 for everyone else. A retried
     * step keeps its last failure's message until the call's outcome replaces it.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update CustomerStep s
               set s.status = com.onboarding.console.checklist.domain.StepStatus.IN_PROGRESS,
                   s.claimedBy = :by, s.claimedAt = :at, s.claimToken = :token, s.changedBy = :by,
                   s.changedAt = :at, s.version = s.version + 1,
                   s.message = case when s.status = com.onboarding.console.checklist.domain.StepStatus.FAILED
                                    then s.message else null end
             where s.customerId = :customerId and s.code = :code and s.version = :version
               and s.status in (com.onboarding.console.checklist.domain.StepStatus.TODO,
                                com.onboarding.console.checklist.domain.StepStatus.FAILED)
            """)
    int claim(@Param("customerId") long customerId, @Param("code") StepCode code, @Param("version") long version,
            @Param("by") String by, @Param("at") Instant at, @Param("token") String token);
}
