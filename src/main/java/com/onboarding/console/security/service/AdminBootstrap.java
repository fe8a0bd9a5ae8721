package com.onboarding.console.security.service;

import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of a new installation from configuration (e.g. environment variables
 * CONSOLE_BOOTSTRAP_ADMIN_USERNAME and CONSOLE_BOOTSTRAP_ADMIN_PASSWORD), and only while the console has no
 * enabled administrator: production starts without demo users. The password rules apply.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AppUserRepository users;
    private final UserAdminService admin;
    private final String username;
    private final String password;

    AdminBootstrap(AppUserRepository users, UserAdminService admin,
            @Value("${console.bootstrap-admin.username:}") String username,
            @Value("${console.bootstrap-admin.password:}") String password) {
        this.users = users;
        this.admin = admin;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || users.countByRoleAndEnabledTrue(Role.ADMIN) > 0) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bootstrap", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            admin.create(new UserDraft(username, "Administrator", null, Role.ADMIN, null), password);
            log.info("Created the first administrator, {}", username);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
