package com.onboarding.console.checklist.service;

import com.onboarding.console.base.access.OpsOrAdmin;
import com.onboarding.console.customers.service.CustomerLookup;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Re-verifies every active customer's automated steps (drift check) through the platform role, a few
 * customers at a time, in the background; one run at a time per instance.
 */
@Service
public class FleetVerification {

    /** Where a run stands. */
    public record Progress(int total, int done, int mismatches, int errors, boolean finished) {
    }

    private static final Logger log = LoggerFactory.getLogger(FleetVerification.class);

    private final ChecklistService checklists;
    private final CustomerLookup customers;
    private final ChecklistSettings settings;
    private final AtomicBoolean running = new AtomicBoolean();

    FleetVerification(ChecklistService checklists, CustomerLookup customers, ChecklistSettings settings) {
        this.checklists = checklists;
        this.customers = customers;
        this.settings = settings;
    }

    /** Starts a run unless one is going; progress is reported from background threads. */
    @OpsOrAdmin
    public boolean start(Consumer<Progress> onProgress) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        Thread.ofVirtual().name("fleet-verification").start(new DelegatingSecurityContextRunnable(() -> {
            try {
                run(onProgress);
            } finally {
                running.set(false);
            }
        }));
        return true;
    }

    private void run(Consumer<Progress> onProgress) {
        var ids = customers.activeIds();
        var done = new AtomicInteger();
        var mismatches = new AtomicInteger();
        var errors = new AtomicInteger();
        onProgress.accept(new Progress(ids.size(), 0, 0, 0, false));
        BoundedParallel.map(ids, settings.fleetConcurrency(), id -> {
            try {
                for (var result : checklists.verifyAll(id).join()) {
                    switch (result.verification()) {
                        case MISMATCH -> mismatches.incrementAndGet();
                        case ERROR -> errors.incrementAndGet();
                        default -> { }
                    }
                }
            } catch (RuntimeException e) {
                // One customer the console could not check (refused, or archived meanwhile) must not end the run.
                log.warn("Fleet verification could not check customer {}: {}", id, e.getMessage());
                errors.incrementAndGet();
            }
            onProgress.accept(new Progress(ids.size(), done.incrementAndGet(), mismatches.get(), errors.get(), false));
            return id;
        });
        onProgress.accept(new Progress(ids.size(), done.get(), mismatches.get(), errors.get(), true));
    }
}
