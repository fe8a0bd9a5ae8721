package com.onboarding.console.security.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface LoginLockRepository extends Repository<LoginLock, Long> {

    LoginLock save(LoginLock lock);

    List<LoginLock> findByUsernameAndLockedUntilAfter(String username, Instant now);

    List<LoginLock> findByUsernameInAndLockedUntilAfter(Collection<String> usernames, Instant now);

    @Modifying
    @Query("delete from LoginLock l where l.username = :username")
    void deleteForUsername(@Param("username") String username);

    @Modifying
    @Query("delete from LoginLock l where l.lockedUntil <= :before")
    void deleteExpired(@Param("before") Instant before);
}
