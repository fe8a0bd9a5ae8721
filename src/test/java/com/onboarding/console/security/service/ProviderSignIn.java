package com.onboarding.console.security.service;

import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.live.LiveChanges;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A staff person signed in through an identity provider without a browser: the ID token the provider would send
 * goes through {@link SingleSignOn}, the console's real claim-to-role mapping, which creates or updates the user
 * and returns the principal a redirect login would have.
 */
public final class ProviderSignIn {

    /** The group of the provider that gives each staff role. */
    public static final Map<Role, List<String>> GROUPS = Map.of(Role.OPS, List.of("console-ops"),
            Role.CSM, List.of("console-csm"), Role.ADMIN, List.of("console-admins"));

    private static final ClientRegistration PROVIDER = ClientRegistration.withRegistrationId("sso")
            .clientId("console").clientSecret("secret")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .authorizationUri("https://idp.example/authorize").tokenUri("https://idp.example/token")
            .jwkSetUri("https://idp.example/jwks").scope("openid", "profile", "email").build();

    private ProviderSignIn() {
    }

    /** Signs in the person {@code username} (subject "sub-" + username), a member of the role's group. */
    public static Authentication signIn(ApplicationContext context, String username, Role role) {
        var settings = new SingleSignOnSettings(true, "sso", "Test Identity", "groups", GROUPS, false);
        var singleSignOn = new SingleSignOn(context.getBean(AppUserRepository.class), settings,
                context.getBean(AuditService.class), context.getBean(LiveChanges.class),
                context.getBean(Clock.class),
                context.getBean(PlatformTransactionManager.class));
        var now = Instant.now();
        var idToken = new OidcIdToken("id-token-of-" + username, now, now.plusSeconds(300), Map.of(
                "iss", "https://idp.example", "sub", "sub-" + username, "aud", List.of("console"),
                "preferred_username", username, "name", "Provider " + username,
                "email", username + "@reseller.example", "groups", GROUPS.get(role)));
        var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", now,
                now.plusSeconds(300));
        var principal = singleSignOn.loadUser(new OidcUserRequest(PROVIDER, accessToken, idToken));
        return new OAuth2AuthenticationToken(principal, principal.getAuthorities(), PROVIDER.getRegistrationId());
    }
}
