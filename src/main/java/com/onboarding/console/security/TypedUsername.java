package com.onboarding.console.security;

import com.onboarding.console.security.domain.AppUser;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The username of a failed login, kept in the person's session so the login page can put it back; the password
 * is never kept. Only text that can be a username is kept, so a password typed into the wrong field stays gone.
 */
public final class TypedUsername {

    private static final String ATTRIBUTE = TypedUsername.class.getName();

    private TypedUsername() {
    }

    /** Keeps the username of the failed login, then lets {@code next} send the browser back to the login page. */
    static AuthenticationFailureHandler keptBefore(AuthenticationFailureHandler next) {
        return (request, response, exception) -> {
            var typed = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
            if (typed != null && AppUser.USERNAME.matcher(typed.strip()).matches()) {
                request.getSession().setAttribute(ATTRIBUTE, typed.strip());
            }
            next.onAuthenticationFailure(request, response, exception);
        };
    }

    /** The username of the last failed login of this session, given once: the next visit starts empty. */
    public static Optional<String> take(WrappedSession session) {
        var typed = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return typed instanceof String username ? Optional.of(username) : Optional.empty();
    }
}
