package com.onboarding.console.security.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface LoginFailureRepository extends Repository<LoginFailure, Long> {

    LoginFailure save(LoginFailure failure);

    long countByUsernameAndFailedAtAfter(String username, Instant after);

    @Modifying
    @Query("delete from LoginFailure f where f.username = :username")
    void deleteForUsername(@Param("username") String username);

    /** Failures older than the counting window no longer matter. */
    @Modifying
    @Query("delete from LoginFailure f where f.failedAt <= :before")
    void deleteOlderThan(@Param("before") Instant before);
}
