package com.onboarding.console.security.sso;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server on a random port of
 * 127.0.0.2, with its own login form and a few people in groups. The console, reached at 127.0.0.1, is its
 * client "console"; the provider accepts its redirect on any port, as it does for every loopback address. Not a
 * {@code @Configuration}, so that the console's component scan leaves it out.
 */

@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
public class TestIdentityProvider {

    public static final String CLIENT_ID = "console";
    public static final String CLIENT_SECRET = "console-client-secret";
    /** Every person's password at the provider. */
    public static final String PASSWORD = "provider-password";

    /** The people of the provider, by username, with their groups. */
    public static final Map<String, List<String>> PEOPLE = Map.of(
            "olivia.ops", List.of("console-ops", "everyone"),
            "carl.csm", List.of("console-csm", "everyone"),
            "ada.admin", List.of("console-ops", "console-admins", "everyone"),
            "mark.marketing", List.of("marketing", "everyone"),
            "dora.disabled", List.of("console-ops"),
            "bob.browser", List.of("console-csm"));

    private static ConfigurableApplicationContext running;

    /** The provider's address (its issuer), started at the first call and kept for the test run. */
    public static synchronized String issuer() {
        if (running == null) {
            var prefix = "spring.security.oauth2.authorizationserver.client.console.";
            running = new SpringApplicationBuilder(TestIdentityProvider.class)
                    .web(WebApplicationType.SERVLET)
                    .properties("spring.config.name=identity-provider", "server.port=0",
                            "spring.main.banner-mode=off",
                            // Java's cookie store mixes up same-named cookies of two hosts.
                            "server.servlet.session.cookie.name=PROVIDERSESSION",
                            prefix + "registration.client-id=" + CLIENT_ID,
                            prefix + "registration.client-secret={noop}" + CLIENT_SECRET,
                            prefix + "registration.client-authentication-methods=client_secret_basic",
                            prefix + "registration.authorization-grant-types=authorization_code,refresh_token",
                            prefix + "registration.redirect-uris=http://127.0.0.1/login/oauth2/code/sso",
                            prefix + "registration.post-logout-redirect-uris=http://127.0.0.1/login?logout",
                            prefix + "registration.scopes=openid,profile,email",
                            prefix + "require-authorization-consent=false")
                    .run();
            Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        }
        int port = ((WebServerApplicationContext) running).getWebServer().getPort();
        return "http://127.0.0.2:" + port;
    }

    /**
     * Lets the provider send the browser back to this address after logout. Unlike the sign-in redirect, the
     * provider matches it exactly, port included, and the console's port is known only once it runs.
     */
    public static void acceptPostLogoutRedirect(String uri) {
        issuer();
        var clients = running.getBean(RegisteredClientRepository.class);
        var client = Objects.requireNonNull(clients.findByClientId(CLIENT_ID));
        clients.save(RegisteredClient.from(client).postLogoutRedirectUri(uri).build());
    }

    /**
     * The provider's filters and its authorization endpoint (which asks SecurityContextHolder itself) must see one
     * context, although the tests switch the JVM's holder strategy to the console's after the provider started.
     */
    @Bean
    SecurityContextHolderStrategy currentHolderStrategy() {
        return new SecurityContextHolderStrategy() {
            @Override
            public void clearContext() {
                SecurityContextHolder.getContextHolderStrategy().clearContext();
            }

            @Override
            public SecurityContext getContext() {
                return SecurityContextHolder.getContextHolderStrategy().getContext();
            }

            @Override
            public void setContext(SecurityContext context) {
                SecurityContextHolder.getContextHolderStrategy().setContext(context);
            }

            @Override
            public SecurityContext createEmptyContext() {
                return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            }
        };
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(PEOPLE.entrySet().stream()
                .map(person -> User.withUsername(person.getKey()).password("{noop}" + PASSWORD)
                        .authorities(person.getValue().toArray(String[]::new)).build())
                .toList());
    }

    /** The ID token carries name, e-mail address and groups, as a company's provider does. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
        return context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            var username = context.getPrincipal().getName();
            Set<String> groups = context.getPrincipal().getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
            context.getClaims()
                    .claim("preferred_username", username)
                    .claim("email", username + "@reseller.example")
                    .claim("name", displayName(username))
                    .claim("groups", List.copyOf(groups));
        };
    }

    /** "olivia.ops" is "Olivia Ops". */
    public static String displayName(String username) {
        return java.util.Arrays.stream(username.split("\\."))
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining(" "));
    }
}
