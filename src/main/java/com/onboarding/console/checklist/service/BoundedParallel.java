package com.onboarding.console.checklist.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Runs slow, independent calls (AWS round trips) side by side, at most {@code limit} at a time, on virtual
 * threads that carry the caller's security context.
 */
final class BoundedParallel {

    private BoundedParallel() {
    }

    static <T, R> List<R> map(List<T> items, int limit, Function<T, R> call) {
        var permits = new Semaphore(Math.max(1, limit));
        var futures = new ArrayList<CompletableFuture<R>>(items.size());
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var item : items) {
                var future = new CompletableFuture<R>();
                futures.add(future);
                executor.execute(new DelegatingSecurityContextRunnable(() -> {
                    try {
                        permits.acquire();
                        try {
                            future.complete(call.apply(item));
                        } finally {
                            permits.release();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        future.completeExceptionally(e);
                    } catch (RuntimeException e) {
                        future.completeExceptionally(e);
                    }
                }));
            }
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
