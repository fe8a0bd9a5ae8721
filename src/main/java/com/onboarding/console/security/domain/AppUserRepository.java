package com.onboarding.console.security.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    /** By the username as {@link AppUser#normalise} gives it. */
    Optional<AppUser> findByUsername(String username);

    /** Whether the user is enabled and still at this access version: what a session issued with it may do. */
    @Query("select count(u) > 0 from AppUser u where u.id = :id and u.enabled = true and u.accessVersion = :version")
    boolean isAccessCurrent(@Param("id") long id, @Param("version") long version);

    Optional<AppUser> findBySsoSubject(String ssoSubject);

    List<AppUser> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

    List<AppUser> findByCustomerIdAndEnabledTrueOrderByUsername(long customerId);

    long countByRoleAndEnabledTrue(Role role);

    List<AppUser> findByCustomerIdAndEnabledTrueOrderByDisplayName(long customerId);

    List<AppUser> findByRoleAndEmailIgnoreCaseAndEnabledTrue(Role role, String email);

    List<AppUser> findAllByOrderByUsername();

    /** The enabled administrators, locked until the transaction ends, so two changes cannot remove the last. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.role = com.onboarding.console.security.domain.Role.ADMIN"
            + " and u.enabled = true order by u.id")
    List<AppUser> lockEnabledAdmins();
}
