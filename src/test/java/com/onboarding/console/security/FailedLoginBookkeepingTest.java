package com.onboarding.console.security;

import static com.onboarding.console.security.SecurityFixtures.postLogin;
import static com.onboarding.console.TestFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.WebTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A login the database refuses to count for the lockout is refused unchecked, and to the person it is a wrong password;
 * the log has the attempt.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailedLoginBookkeepingTest extends WebTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theLoginPageSaysWrongPasswordAndTheLogHasTheAttempt(CapturedOutput output) throws Exception {
        var username = unique("unrecorded");
        // The database refuses this username's lockout marks and audit entries, and nobody else's.
        jdbc.execute("alter table login_mark add constraint ck_mark_refused_in_test check (username <> '" + username
                + "')");
        jdbc.execute("alter table audit_entry add constraint ck_audit_refused_in_test check (actor <> '" + username
                + "')");
        try {
            assertThat(postLogin(http, uri("/login"), username, "any password")).endsWith("/login?error");
        } finally {
            jdbc.execute("alter table login_mark drop constraint ck_mark_refused_in_test");
            jdbc.execute("alter table audit_entry drop constraint ck_audit_refused_in_test");
        }

        var who = Pattern.quote(username) + " from \\S+ ";
        assertThat(output.getOut())
                .containsPattern("Login of " + who + "refused unchecked: it could not be counted for the lockout")
                .containsPattern("Failed login of " + who + "is not in the audit trail: Refused unchecked: not counted"
                        + " for the lockout, the database refused it")
                .contains("CK_MARK_REFUSED_IN_TEST").contains("CK_AUDIT_REFUSED_IN_TEST");
    }
}
