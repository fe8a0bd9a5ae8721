package com.onboarding.console.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    List<AppUser> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

    List<AppUser> findByCustomerId(long customerId);

    long countByRoleAndEnabledTrue(Role role);
}
