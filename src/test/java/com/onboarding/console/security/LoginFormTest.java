package com.onboarding.console.security;

import static com.onboarding.console.TestFixture.unique;
import static com.onboarding.console.security.SecurityFixtures.runAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.WebTest;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditFilter;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserAdminService;
import com.onboarding.console.security.service.UserDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The login form over HTTP: where a browser is sent, and what the audit trail keeps. */
class LoginFormTest extends WebTest {

    private static final String PASSWORD = "a long enough secret";

    @Autowired
    private UserAdminService admin;
    @Autowired
    private AuditService audit;
    @Autowired
    private UserDetailsService userDetails;

    @AfterEach
    void tearDown() {
        SecurityFixtures.logout();
    }

    @Test
    void wrongPasswordsLeadToTheLockedMessageAndTheRightOneThenFails() throws Exception {
        var username = newUser();
        for (int i = 0; i < 5; i++) {
            assertThat(postLogin(username, "wrong password")).endsWith("/login?error");
        }
        assertThat(postLogin(username, PASSWORD)).endsWith("/login?locked");

        runAs(userDetails, "admin");
        assertThat(audit.search(new AuditFilter(null, username, null, null, null), 0, 50))
                .hasSize(6)
                .allSatisfy(e -> {
                    assertThat(e.getAction()).isEqualTo(AuditAction.LOGIN_FAILED);
                    assertThat(e.getSourceAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
                });
    }

    @Test
    void unknownUsernameGetsTheSameAnswerAsAWrongPassword() throws Exception {
        assertThat(postLogin(unique("ghost"), PASSWORD)).endsWith("/login?error");
    }

    @Test
    void rightPasswordLogsIn() throws Exception {
        var username = newUser();
        assertThat(postLogin(username, PASSWORD)).doesNotContain("/login");
        runAs(userDetails, "admin");
        assertThat(audit.search(new AuditFilter(null, username, null, null, null), 0, 50))
                .singleElement().satisfies(e -> assertThat(e.getAction()).isEqualTo(AuditAction.LOGIN_SUCCEEDED));
    }

    private String newUser() {
        var username = unique("form");
        runAs(userDetails, "admin");
        admin.create(new UserDraft(username, "Form " + username, null, Role.OPS, null), PASSWORD);
        SecurityFixtures.logout();
        return username;
    }

    private String postLogin(String username, String password) throws Exception {
        return SecurityFixtures.postLogin(http, uri("/login"), username, password);
    }
}
