package com.onboarding.console.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of repeated runs of one operation, in milliseconds; safe to add to from several threads. */
final class Samples {

    private final List<Double> millis = new ArrayList<>();

    /** Runs the work once and keeps how long it took. */
    void time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        add(System.nanoTime() - start);
    }

    synchronized void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    synchronized int count() {
        return millis.size();
    }

    synchronized double sum() {
        return millis.stream().mapToDouble(Double::doubleValue).sum();
    }

    synchronized double max() {
        return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Nearest-rank percentile, p in (0, 100]. */
    synchronized double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        var sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
