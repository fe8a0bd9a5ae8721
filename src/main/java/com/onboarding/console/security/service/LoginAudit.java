package com.onboarding.console.security.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.security.domain.AppUser;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Writes every login attempt, with where it came from, to the audit trail. Never the password. */
@Component
class LoginAudit {

    private static final Logger LOG = LoggerFactory.getLogger(LoginAudit.class);
    private static final String WRONG_PASSWORD = "Wrong username or password";

    private final LoginLockout lockout;
    private final AuditService audit;

    LoginAudit(LoginLockout lockout, AuditService audit) {
        this.lockout = lockout;
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        record(event.getAuthentication(), AuditAction.LOGIN_SUCCEEDED, "Logged in");
    }

    /**
     * The person is told "wrong username or password" (or that the username is locked) even when the database
     * refuses this record; the log then has the attempt.
     */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        var message = switch (event.getException()) {
            case LockedException locked -> "Refused: the username is locked";
            case InvalidUsernameException invalid -> "Refused: not a username";
            case AuthenticationServiceException unchecked ->
                    "Refused unchecked: not counted for the lockout, the database refused it";
            default -> wrongPassword(authentication);
        };
        try {
            record(authentication, AuditAction.LOGIN_FAILED, message);
        } catch (RuntimeException e) {
            LOG.error("Failed login of {} from {} is not in the audit trail: {}", actor(authentication.getName()),
                    sourceAddress(authentication), message, e);
        }
    }

    /** The lock this failure caused, as the lockout now has it. */
    private String wrongPassword(Authentication authentication) {
        try {
            return AppUser.normalise(authentication.getName())
                    .flatMap(username -> lockout.lockedUntil(username, LoginLockout.address(authentication.getDetails())))
                    .map(until -> WRONG_PASSWORD + "; username locked until "
                            + DateTimeFormatter.ISO_INSTANT.format(until.truncatedTo(ChronoUnit.SECONDS)))
                    .orElse(WRONG_PASSWORD);
        } catch (RuntimeException e) {
            LOG.warn("Could not tell whether the failed login of {} locked it", actor(authentication.getName()), e);
            return WRONG_PASSWORD;
        }
    }

    private void record(Authentication authentication, AuditAction action, String message) {
        audit.recordAlone(AuditService.Event.of(actor(authentication.getName()), action, null, null, message)
                .fromAddress(sourceAddress(authentication)));
    }

    /** What was typed as the username, made safe for the audit column: no control characters, cut to fit. */
    static String actor(String typed) {
        var clean = typed.strip().replaceAll("\\p{Cntrl}", "?");
        if (clean.isEmpty()) {
            return "(blank)";
        }
        return clean.length() <= 64 ? clean : clean.substring(0, 64);
    }

    private static @Nullable String sourceAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
