package com.onboarding.console.checklist.service;

import com.onboarding.console.base.domain.ErrorId;
import com.onboarding.console.base.domain.InvalidInputException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs AWS work off the request thread, as the user who asked for it. Every outcome comes back: a refusal
 * as the exception that says why, anything unexpected (a bug, the database refusing a write) as the results
 * that {@code onFailure} makes of a new error id, which the log has with the details.
 */
@Component
class BackgroundCalls {

    private static final Logger log = LoggerFactory.getLogger(BackgroundCalls.class);

    <T> CompletableFuture<T> start(String name, Supplier<T> work, Function<String, T> onFailure) {
        var future = new CompletableFuture<T>();
        Thread.ofVirtual().name("aws-" + name).start(new DelegatingSecurityContextRunnable(() -> {
            try {
                future.complete(work.get());
            } catch (InvalidInputException | StepConflictException | AccessDeniedException e) {
                future.completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                var errorId = ErrorId.next();
                log.error("Background AWS work {} failed, error id {}", name, errorId, e);
                try {
                    future.complete(onFailure.apply(errorId));
                } catch (RuntimeException reporting) {
                    log.error("Could not report the failure of {} (error id {})", name, errorId, reporting);
                    future.completeExceptionally(e);
                }
            }
        }));
        return future;
    }
}
