package com.onboarding.console.security.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface LoginMarkRepository extends Repository<LoginMark, Long> {

    LoginMark save(LoginMark mark);

    long countByUsernameAndKindAndAtAfter(String username, LoginMark.Kind kind, Instant after);

    List<LoginMark> findByUsernameInAndKindAndAtAfter(Collection<String> usernames, LoginMark.Kind kind, Instant now);

    @Modifying
    @Query("delete from LoginMark m where m.username = :username and m.kind = :kind")
    void deleteForUsername(@Param("username") String username, @Param("kind") LoginMark.Kind kind);

    /** Failures from before the counting window and locks that have ended no longer matter. */
    @Modifying
    @Query("delete from LoginMark m where m.kind = :kind and m.at <= :before")
    void deleteOlderThan(@Param("kind") LoginMark.Kind kind, @Param("before") Instant before);
}
