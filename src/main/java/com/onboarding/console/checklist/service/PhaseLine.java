package com.onboarding.console.checklist.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One phase as the page shows it.
 *
 * @param open whether its steps can be worked on (the phase before is complete, or its gate was overridden)
 * @param canOverride whether this user may open it early, with a reason
 * @param override who opened it early, when and why
 */
public record PhaseLine(int phase, String title, int completed, int total, boolean open, boolean canOverride,
        @Nullable Override override) {

    /** OPS opened the phase before the one before it was complete. */
    public record Override(String by, Instant at, String reason) {
    }

    public boolean complete() {
        return completed == total;
    }

    public int percent() {
        return completed * 100 / total;
    }
}
