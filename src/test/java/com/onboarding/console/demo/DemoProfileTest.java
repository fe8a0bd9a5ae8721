package com.onboarding.console.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.Application;
import com.onboarding.console.security.domain.AppUserRepository;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Demo users with known passwords exist only where the demo was asked for. */
class DemoProfileTest {

    private static String[] embeddedDefaults() {
        return new String[] {
                "--spring.datasource.url=jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--server.port=0",
                "--spring.mail.host=localhost",
                "--console.mail.from=console@reseller.example",
                "--console.live.transport=local",
                "--console.aws.mode=sandbox",
                "--console.aws.platform-account-id=111122223333",
                "--console.aws.billing-account-id=444455556666"};
    }

    @Test
    void aStartWithoutTheDemoProfileCreatesNoUsers() {
        try (var console = new SpringApplicationBuilder(Application.class).run(embeddedDefaults())) {
            assertThat(console.getBean(AppUserRepository.class).count()).isZero();
        }
    }

    @Test
    void theDemoProfileTogetherWithProdRefusesToStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("prod", "demo")
                .run(embeddedDefaults()).close())
                .rootCause()
                .hasMessageContaining("The demo profile cannot run with the prod profile");
    }
}
