package com.onboarding.console.aws;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a long AWS check tells the person waiting for it while it runs, e.g. that it waits for IAM to propagate a
 * new role. The caller listens for the work it runs on its own thread; the ports' signatures stay as they are.
 */
public final class CallProgress {

    private static final ThreadLocal<Consumer<String>> LISTENER = new ThreadLocal<>();

    private CallProgress() {
    }

    /** Runs the work; what it reports on this thread meanwhile goes to the listener. */
    public static <T> T reportingTo(Consumer<String> listener, Supplier<T> work) {
        var outer = LISTENER.get();
        LISTENER.set(listener);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                LISTENER.remove();
            } else {
                LISTENER.set(outer);
            }
        }
    }

    /** Tells whoever listens to this thread's work; nobody may. */
    static void report(String progress) {
        var listener = LISTENER.get();
        if (listener != null) {
            listener.accept(progress);
        }
    }
}
