package com.onboarding.console.demo;

import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo users and customers for trying the console; never in production. */
@Component
@Profile("!prod")
class DemoData implements ApplicationRunner {

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoData(AppUserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        user("ops", "Olivia Ops", Role.OPS, null);
        user("csm", "Carlos CSM", Role.CSM, null);
        user("admin", "Ada Admin", Role.ADMIN, null);
    }

    private AppUser user(String username, String name, Role role, @Nullable Long customerId) {
        var user = new AppUser(username, name, passwords.encode(username), role, customerId, clock.instant());
        user.setEmail(username + "@reseller.example");
        return users.save(user);
    }
}
