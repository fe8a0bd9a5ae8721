package com.onboarding.console.security.sso;

import com.onboarding.console.OwnSecurityContextStrategy;
import java.net.URI;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console with single sign-on through {@link TestIdentityProvider}, served on a random port of 127.0.0.1, as
 * the production profile has it: staff only through the provider. Every single sign-on test shares this context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.security.sso.enabled=true",
        "console.security.sso.provider-name=Test Identity",
        "console.security.sso.groups.ops=console-ops",
        "console.security.sso.groups.csm=console-csm",
        "console.security.sso.groups.admin=console-admins",
        "console.security.sso.staff-password-login=false",
        "spring.security.oauth2.client.registration.sso.client-id=" + TestIdentityProvider.CLIENT_ID,
        "spring.security.oauth2.client.registration.sso.client-secret=" + TestIdentityProvider.CLIENT_SECRET,
        "spring.security.oauth2.client.registration.sso.scope=openid,profile,email"})
@ActiveProfiles({"test", "demo"})
@ExtendWith(OwnSecurityContextStrategy.class)
public abstract class SingleSignOnWebTest {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.sso.issuer-uri", TestIdentityProvider::issuer);
    }

    /** The console's address: 127.0.0.1, whose cookies stay apart from the provider's on 127.0.0.2. */
    protected URI console(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
