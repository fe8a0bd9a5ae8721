package com.onboarding.console.checklist.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a checklist's steps and phases were settled, as the customer's row and the insights keep them: a phase is
 * complete at the latest change of its steps once all are settled; a settled step held the customer up since the
 * settled step before it, in order of settle time, then code (the first since the customer's creation).
 */
final class SettleTimes {

    private SettleTimes() {
    }

    static List<@Nullable Instant> phasesCompletedAt(Checklist checklist) {
        var completedAt = new ArrayList<@Nullable Instant>();
        for (int phase = 1; phase <= StepCatalog.phases(); phase++) {
            completedAt.add(checklist.isPhaseComplete(phase) ? lastChange(StepCatalog.phase(phase).stream()
                    .map(d -> checklist.step(d.code())).toList()) : null);
        }
        return completedAt;
    }

    static @Nullable Instant lastChange(Collection<CustomerStep> steps) {
        return steps.stream().map(CustomerStep::getChangedAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
    }

    static void recordHoldTimes(List<CustomerStep> steps, Instant customerCreated) {
        var settled = steps.stream().filter(s -> s.getStatus().isComplete() && s.getChangedAt() != null)
                .sorted(Comparator.comparing((CustomerStep s) -> Objects.requireNonNull(s.getChangedAt()))
                        .thenComparing(s -> s.getCode().toString()))
                .toList();
        @Nullable Instant previous = null;
        for (var step : settled) {
            var changed = Objects.requireNonNull(step.getChangedAt());
            step.hold(previous, Duration.between(previous == null ? customerCreated : previous, changed));
            previous = changed;
        }
        steps.stream().filter(s -> !settled.contains(s)).forEach(s -> s.hold(null, null));
    }
}
