package com.onboarding.console.invitations.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** The invitations of a customer whose link still works, newest first. */
    @Query("select i from Invitation i where i.customerId = :customerId and i.usedAt is null and i.revokedAt is null"
            + " and i.replacedAt is null and i.expiresAt > :now order by i.createdAt desc, i.id desc")
    List<Invitation> findOpen(@Param("customerId") long customerId, @Param("now") Instant now);
}
