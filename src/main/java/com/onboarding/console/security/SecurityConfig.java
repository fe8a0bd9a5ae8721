package com.onboarding.console.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.onboarding.console.security.service.SingleSignOn;
import com.onboarding.console.security.service.SingleSignOnSettings;
import com.onboarding.console.security.service.StaffPasswordLogin;
import com.onboarding.console.security.service.InvalidUsernameException;
import com.onboarding.console.security.ui.LoginView;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SingleSignOnSettings sso, SingleSignOn singleSignOn,
            ObjectProvider<ClientRegistrationRepository> providers, Access access, CurrentUser currentUser)
            throws Exception {
        // The actuator has a chain of its own (ManagementSecurityConfig); the Vaadin configurer sends every
        // other path to the login view.
        // Set before the Vaadin configurer's login view, which keeps a failure handler that is already there.
        // The login page is named here too, or Spring would generate its own page at /login.
        http.formLogin(form -> form.loginPage("/login").failureHandler(loginFailureHandler()));
        var provider = sso.enabled() ? providers.getIfAvailable() : null;
        if (provider != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(singleSignOn))
                    .failureHandler(SecurityConfig::singleSignOnRefused));
        }
        securityHeaders(http);
        logOutStaleSessions(http, access, currentUser);
        http.with(vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, "/login?logout");
            if (provider != null) {
                vaadin.logoutSuccessHandler(providerLogout(provider));
            }
        });
        return http.build();
    }

    /**
     * Logout ends the console's session and, for a single sign-on user whose provider offers RP-initiated logout,
     * the provider's session too; the provider then sends the browser back to the login page.
     */
    private static LogoutSuccessHandler providerLogout(ClientRegistrationRepository provider) {
        var handler = new OidcClientInitiatedLogoutSuccessHandler(provider);
        // The log-out button's request is Vaadin's own: the page must be told where to go, not sent a 302.
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        handler.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }

    /** A person the provider knows but the console gives no role (or disabled) sees why, not a login loop. */
    private static void singleSignOnRefused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        var code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        var target = switch (code) {
            case SingleSignOn.NO_ROLE -> "/no-access";
            case SingleSignOn.DISABLED -> "/no-access?disabled";
            default -> "/login?sso-failed";
        };
        if (target.endsWith("sso-failed")) {
            LoggerFactory.getLogger(SecurityConfig.class).warn("Single sign-on failed: {}", exception.getMessage());
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    /** Checks the session's user against the database once the session's login is known. */
    static void logOutStaleSessions(HttpSecurity http, Access access, CurrentUser currentUser) {
        http.addFilterAfter(new StaleSessionFilter(access, currentUser), SecurityContextHolderFilter.class);
    }

    /** The headers of every response, the actuator's included. */
    static void securityHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                // Before the response starts: Vaadin's pages commit it in ways the lazy writer can miss.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(Customizer.withDefaults()));
    }

    /**
     * A lock and a username that cannot be one get their own messages; every other failure the same one, which
     * reveals nothing. The login page then shows the username typed again.
     */
    static AuthenticationFailureHandler loginFailureHandler() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
                StaffPasswordLogin.ThroughProviderOnly.class.getName(), "/login?staff-sso",
                InvalidUsernameException.class.getName(), "/login?invalid"));
        return TypedUsername.keptBefore(handler);
    }

    /** A login refused as no username is a failed login too, for the audit trail. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(InvalidUsernameException.class, AuthenticationFailureBadCredentialsEvent.class));
        return publisher;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
