package com.onboarding.console.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.onboarding.console.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            @Value("${console.management.public-endpoints:health}") String[] publicEndpoints) throws Exception {
        // Public paths first: the Vaadin configurer sends every other path to the login view.
        http.authorizeHttpRequests(auth -> {
            // An empty id list would match every endpoint.
            if (publicEndpoints.length > 0) {
                auth.requestMatchers(EndpointRequest.to(publicEndpoints)).permitAll();
            }
            auth.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN");
        });
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
