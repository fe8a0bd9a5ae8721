package com.onboarding.console.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void theNamesViewsAreAnnotatedWithAreTheRoles() {
        assertThat(Role.Names.OPS).isEqualTo(Role.OPS.name());
        assertThat(Role.Names.CSM).isEqualTo(Role.CSM.name());
        assertThat(Role.Names.ADMIN).isEqualTo(Role.ADMIN.name());
    }

    @Test
    void staffAreEveryoneButCustomerUsersAndAwsIsOperatedByOpsAndAdministrators() {
        assertThat(Arrays.stream(Role.values()).filter(Role::isStaff)).containsExactly(Role.OPS, Role.CSM, Role.ADMIN);
        assertThat(Arrays.stream(Role.values()).filter(Role::operatesAws)).containsExactly(Role.OPS, Role.ADMIN);
    }
}
