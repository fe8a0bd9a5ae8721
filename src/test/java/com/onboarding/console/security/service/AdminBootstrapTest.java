package com.onboarding.console.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.PostgresTest;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A new production installation gets its first administrator from configuration, and only one. */
class AdminBootstrapTest extends PostgresTest {

    @Test
    void firstAdministratorIsCreatedOnceFromConfiguration() {
        var settings = new String[] {"--console.bootstrap-admin.username=first.admin",
            "--console.bootstrap-admin.password=a long enough secret"};
        var console = startInstance(settings);
        var users = console.getBean(AppUserRepository.class);
        var admin = users.findByUsername("first.admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(console.getBean(PasswordEncoder.class).matches("a long enough secret", admin.getPasswordHash()))
                .isTrue();
        assertThat(admin.getPasswordHash()).doesNotContain("secret");

        var second = startInstance(settings);
        assertThat(second.getBean(AppUserRepository.class).countByRoleAndEnabledTrue(Role.ADMIN)).isEqualTo(1);
    }
}
