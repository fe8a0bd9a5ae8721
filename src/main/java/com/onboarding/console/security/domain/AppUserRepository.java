package com.onboarding.console.security.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    /** By the username as {@link AppUser#normalise} gives it. */
    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

    long countByRoleAndEnabledTrue(Role role);

    List<AppUser> findAllByOrderByUsername();

    /** The enabled administrators, locked until the transaction ends, so two changes cannot remove the last. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.role = com.onboarding.console.security.domain.Role.ADMIN"
            + " and u.enabled = true order by u.id")
    List<AppUser> lockEnabledAdmins();
}
