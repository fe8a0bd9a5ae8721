package com.onboarding.console.base.ui;

import com.onboarding.console.base.domain.ErrorId;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.domain.UserFacingException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a person is told about an exception. Exceptions the console expects carry their own message;
 * anything else gets a short message with an error id, and the details go to the log under that id only.
 *
 * @param message the text to show
 * @param errorId the id the log entry carries, for unexpected errors only
 */
public record ErrorReport(String message, @Nullable String errorId) {

    static final String ACCESS_DENIED = "You do not have access to this.";
    static final String STALE = "Someone else changed this meanwhile. Reload the page and make your change again.";

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReport.class);
    private static final int MAX_CAUSES = 20;

    /** Classifies the exception and, if it was unexpected, logs it with a new error id. */
    public static ErrorReport of(Throwable error) {
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            var known = known(cause);
            if (known != null) {
                return new ErrorReport(known, null);
            }
        }
        var id = ErrorId.next();
        LOG.error("Unexpected error, error id {}", id, error);
        return new ErrorReport("Something went wrong. If it happens again, tell your administrator the error id "
                + id + ".", id);
    }

    private static @Nullable String known(Throwable e) {
        if (e instanceof InvalidInputException || e instanceof UserFacingException) {
            return Objects.requireNonNullElse(e.getMessage(), STALE);
        }
        if (e instanceof AccessDeniedException) {
            LOG.info("Access denied: {}", e.getMessage());
            return ACCESS_DENIED;
        }
        if (e instanceof OptimisticLockingFailureException) {
            return STALE;
        }
        return null;
    }
}
