package com.onboarding.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs out a session whose user was disabled, or whose role, customer or password changed, since the login: the
 * request goes on as an anonymous one, so the console asks for a new login. Vaadin's push does not pass here; the
 * access bean checks the same on every service call.
 */
final class StaleSessionFilter extends OncePerRequestFilter {

    private final Access access;
    private final CurrentUser currentUser;

    StaleSessionFilter(Access access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = currentUser.get();
        if (user.isPresent() && !access.isCurrent(user.get())) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
