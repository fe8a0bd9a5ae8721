package com.onboarding.console.notifications.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    /** Mail due now, and mail an instance claimed long ago without finishing (it stopped while sending). */
    @Query("""
            select m.id from OutgoingMail m
            where (m.status = com.onboarding.console.notifications.domain.MailStatus.PENDING and m.nextAttemptAt <= :now)
               or (m.status = com.onboarding.console.notifications.domain.MailStatus.SENDING and m.claimedAt < :staleBefore)
            order by m.nextAttemptAt, m.id""")
    List<Long> findDue(@Param("now") Instant now, @Param("staleBefore") Instant staleBefore, Pageable page);

    /**
     * Takes one mail for sending, if no other instance or thread has: the same condition as {@link #findDue},
     * checked in the update itself, so of two claims only one changes the row.
     */
    @Modifying
    @Query("""
            update OutgoingMail m set m.status = com.onboarding.console.notifications.domain.MailStatus.SENDING,
                m.claimedAt = :now
            where m.id = :id
              and ((m.status = com.onboarding.console.notifications.domain.MailStatus.PENDING and m.nextAttemptAt <= :now)
                or (m.status = com.onboarding.console.notifications.domain.MailStatus.SENDING and m.claimedAt < :staleBefore))""")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("staleBefore") Instant staleBefore);
}
