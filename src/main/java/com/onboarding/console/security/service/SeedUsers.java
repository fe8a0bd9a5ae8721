package com.onboarding.console.security.service;

import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users with known passwords for the demo mode, which starts with no one signed in: no method security and no
 * password rules, which are for passwords people choose. Only the demo profile's data uses it.
 */
@Component
public class SeedUsers {

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    SeedUsers(AppUserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean anyExist() {
        return users.count() > 0;
    }

    /** Creates the user and says its id. */
    @Transactional
    public long create(String username, String displayName, String password, Role role, @Nullable Long customerId,
            String email) {
        var user = new AppUser(username, displayName, passwords.encode(password), role, customerId, clock.instant());
        user.setEmail(email);
        return Objects.requireNonNull(users.save(user).getId());
    }
}
