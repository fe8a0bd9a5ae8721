package com.onboarding.console.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.onboarding.console.ConsoleTest;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.invitations.domain.LinkState;
import com.onboarding.console.invitations.service.InvitationLinks;
import com.onboarding.console.invitations.service.InvitationService;
import com.onboarding.console.security.domain.Role;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The invitation mail reaches the person after the commit; its link works once and is kept nowhere. */
class InvitationMailTest extends ConsoleTest {

    @RegisterExtension
    static GreenMailExtension mail = LinkMails.server();

    @Autowired
    InvitationService invitations;
    @Autowired
    InvitationLinks links;
    @Autowired
    AuditService audit;
    @Autowired
    DataSource dataSource;

    @Test
    void theMailedLinkWorksOnceAndItsTokenIsNotInTheDatabase() throws Exception {
        runAs("ops");
        var csm = fixture().user(Role.CSM, null);
        var customer = fixture().customer("Mailed Co", csm.getId());
        runAs(csm.getUsername());
        var address = "mailed-" + customer.id() + "@invite.example";
        invitations.invite(customer.id(), address);

        var message = LinkMails.received(mail, address);
        assertThat(message.getSubject()).isEqualTo("Your invitation to the AWS Onboarding Console of "
                + customer.getName());
        var body = GreenMailUtil.getBody(message);
        assertThat(body).contains(csm.getDisplayName()).contains("until ");
        assertThat(LinkMails.path(message)).startsWith("invitation/");
        var token = LinkMails.token(message);

        runAs("ops");
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() ->
                assertThat(audit.timeline(customer.id(), 20)).anySatisfy(e -> {
                    assertThat(e.getAction()).isEqualTo(AuditAction.NOTIFICATION_SENT);
                    assertThat(e.getMessage()).contains(address);
                }));
        assertThat(textOfTheDatabase()).doesNotContain(token);

        runAsVisitor();
        var username = "mailed-" + customer.id();
        links.accept(token, username, "Mailed Person", "a long enough password");
        assertThat(links.open(token).state()).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> links.accept(token, username + "-again", "Again", "a long enough password"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("used already");
    }



    /** Every text column the console wrote that could hold a link. */
    private String textOfTheDatabase() {
        var jdbc = new JdbcTemplate(dataSource);
        return String.join("\n", jdbc.queryForList("select coalesce(message, '') from audit_entry", String.class))
                + String.join("\n", jdbc.queryForList("select token_hash from invitation", String.class))
                + String.join("\n", jdbc.queryForList("select body from mail_outbox", String.class));
    }
}
