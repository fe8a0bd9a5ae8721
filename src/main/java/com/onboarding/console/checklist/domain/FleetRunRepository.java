package com.onboarding.console.checklist.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FleetRunRepository extends JpaRepository<FleetRun, Long> {

    Optional<FleetRun> findFirstByOrderByIdDesc();

    Optional<FleetRun> findByRunning(int running);

    /** Adds one checked customer's counts and marks the run alive. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update FleetRun r
               set r.checked = r.checked + 1, r.mismatches = r.mismatches + :mismatches,
                   r.errors = r.errors + :errors, r.drifts = r.drifts + :drifts, r.heartbeatAt = :at
             where r.id = :id
            """)
    int count(@Param("id") long id, @Param("mismatches") int mismatches, @Param("errors") int errors,
            @Param("drifts") int drifts, @Param("at") Instant at);

    /** Ends a run; the next start may begin another. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update FleetRun r set r.running = null, r.finishedAt = :at where r.id = :id and r.running is not null")
    int finish(@Param("id") long id, @Param("at") Instant at);
}
