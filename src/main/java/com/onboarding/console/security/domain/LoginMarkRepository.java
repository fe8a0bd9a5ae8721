package com.onboarding.console.security.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface LoginMarkRepository extends Repository<LoginMark, Long> {

    LoginMark save(LoginMark mark);

    /** Deletes the mark if it is still there: a lock written meanwhile may have deleted it with the others. */
    @Modifying
    @Query("delete from LoginMark m where m.id = :id")
    void deleteIfPresent(@Param("id") long id);

    long countByUsernameAndSourceAddressAndKindAndAtAfter(String username, String sourceAddress,
            LoginMark.Kind kind, Instant after);

    long countBySourceAddressAndKindAndAtAfter(String sourceAddress, LoginMark.Kind kind, Instant after);

    long countByUsernameAndKindAndAtAfter(String username, LoginMark.Kind kind, Instant after);

    List<LoginMark> findByUsernameInAndKindAndAtAfter(Collection<String> usernames, LoginMark.Kind kind, Instant now);

    /** The end of the latest lock that refuses this username from this address: of the pair, the username or the address. */
    @Query("select max(m.at) from LoginMark m where m.kind = com.onboarding.console.security.domain.LoginMark.Kind.LOCK"
            + " and m.at > :now and ((m.username = :username and (m.sourceAddress = :address or m.sourceAddress is null))"
            + " or (m.username is null and m.sourceAddress = :address))")
    @Nullable Instant lockedUntil(@Param("username") String username, @Param("address") String address,
            @Param("now") Instant now);

    @Modifying
    @Query("delete from LoginMark m where m.username = :username and m.kind = :kind")
    void deleteForUsername(@Param("username") String username, @Param("kind") LoginMark.Kind kind);

    @Modifying
    @Query("delete from LoginMark m where m.username = :username and m.sourceAddress = :address"
            + " and m.kind = :kind")
    void deleteForUsernameAndAddress(@Param("username") String username, @Param("address") String address,
            @Param("kind") LoginMark.Kind kind);

    @Modifying
    @Query("delete from LoginMark m where m.sourceAddress = :address and m.kind = :kind")
    void deleteForAddress(@Param("address") String address, @Param("kind") LoginMark.Kind kind);

    /** Failures from before the counting window and locks that have ended no longer matter. */
    @Modifying
    @Query("delete from LoginMark m where m.kind = :kind and m.at <= :before")
    void deleteOlderThan(@Param("kind") LoginMark.Kind kind, @Param("before") Instant before);
}
