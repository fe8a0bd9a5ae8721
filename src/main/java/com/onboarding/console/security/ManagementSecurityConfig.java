package com.onboarding.console.security;

import com.onboarding.console.security.domain.Role;
import java.util.Objects;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The actuator endpoints, on the console's port or on a management port of their own
 * ({@code management.server.port}). Machines call them, so a refusal is a 401, not the login page. An
 * administrator's console session may read every endpoint; a metrics scraper signs in with HTTP Basic and
 * the one credential from configuration, which reads metrics and nothing else.
 */
@Configuration
class ManagementSecurityConfig {

    private static final String SCRAPER = "METRICS_SCRAPER";

    @Bean
    @Order(1)
    SecurityFilterChain managementSecurity(HttpSecurity http, ManagementSettings settings, PasswordEncoder encoder,
            Access access, CurrentUser currentUser) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint());
        http.authorizeHttpRequests(auth -> {
            // An empty id list would match every endpoint.
            if (!settings.publicEndpoints().isEmpty()) {
                auth.requestMatchers(EndpointRequest.to(settings.publicEndpoints().toArray(String[]::new)))
                        .permitAll();
            }
            auth.requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class))
                    .hasAnyRole(Role.ADMIN.name(), SCRAPER);
            auth.anyRequest().hasRole(Role.ADMIN.name());
        });
        SecurityConfig.securityHeaders(http);
        SecurityConfig.logOutStaleSessions(http, access, currentUser);
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        if (settings.scraperMaySignIn()) {
            var scraper = User.withUsername(settings.scrapeUsername())
                    .password(encoder.encode(Objects.requireNonNull(settings.scrapePassword())))
                    .roles(SCRAPER)
                    .build();
            var provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(scraper));
            provider.setPasswordEncoder(encoder);
            http.httpBasic(basic -> basic.realmName("console metrics")
                    .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
            http.authenticationManager(new ProviderManager(provider));
        }
        return http.build();
    }
}
