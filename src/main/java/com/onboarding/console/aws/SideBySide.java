package com.onboarding.console.aws;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The independent AWS requests of one check, sent at once, so that the check waits for the slowest of them rather
 * than for their sum. Closing waits for every request started, also those whose answer was not needed.
 */
final class SideBySide implements AutoCloseable {

    /** A request under way. */
    @FunctionalInterface
    interface Answer<T> {

        /** Its answer, or its own failure (an {@link AwsCallException}) as the caller would have seen it. */
        T get();
    }

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    <T> Answer<T> start(Supplier<T> request) {
        var future = CompletableFuture.supplyAsync(request, executor);
        return () -> join(future);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        executor.close();
    }
}
