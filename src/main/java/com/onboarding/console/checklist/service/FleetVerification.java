package com.onboarding.console.checklist.service;

import com.onboarding.console.base.access.OpsOrAdmin;
import com.onboarding.console.checklist.domain.DriftFound;
import com.onboarding.console.checklist.domain.FleetFinding;
import com.onboarding.console.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Re-verifies the automated steps of every active customer the console has access to (drift check), a few
 * customers at a time, in the background. Customers before the platform role step are skipped, not checked:
 * without access every check could only fail. One run goes at a time across all instances; a start while one
 * goes joins it.
 */
@Service
public class FleetVerification {

    /** The run a start began or joined. */
    public record Start(long runId, boolean joined) {
    }

    private static final Logger log = LoggerFactory.getLogger(FleetVerification.class);

    private final ChecklistService checklists;
    private final FleetRuns runs;
    private final ChecklistSettings settings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    FleetVerification(ChecklistService checklists, FleetRuns runs, ChecklistSettings settings,
            CurrentUser currentUser, ApplicationEventPublisher events) {
        this.checklists = checklists;
        this.runs = runs;
        this.settings = settings;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Starts a run in the background, or joins the one going on any instance. */
    @OpsOrAdmin
    public Start start() {
        var begun = runs.begin(currentUser.name());
        if (!begun.joined()) {
            Thread.ofVirtual().name("fleet-verification").start(new DelegatingSecurityContextRunnable(
                    () -> execute(begun)));
        }
        return new Start(begun.runId(), begun.joined());
    }

    /** The latest run, going or ended, as recorded in the database. */
    @OpsOrAdmin
    public Optional<FleetReport> latest() {
        return runs.latest();
    }

    /**
     * Begins or joins a run and, when it began one, checks the customers on this thread; returns the drifts
     * found (none when it joined).
     */
    List<FleetFinding> runHere(String startedBy) {
        var begun = runs.begin(startedBy);
        return begun.joined() ? List.of() : execute(begun);
    }

    private List<FleetFinding> execute(FleetRuns.Begun begun) {
        var drifts = new CopyOnWriteArrayList<FleetFinding>();
        try {
            BoundedParallel.map(begun.customerIds(), settings.fleetConcurrency(), id -> {
                try {
                    var before = runs.verified(id);
                    drifts.addAll(runs.record(begun.runId(), id, before, checklists.verifyAll(id).join()));
                } catch (RuntimeException e) {
                    // One customer the console could not check (refused, or archived meanwhile) must not end the run.
                    log.warn("Fleet verification could not check customer {}: {}", id, e.getMessage());
                    runs.recordUncheckable(begun.runId());
                }
                return id;
            });
        } finally {
            runs.finish(begun.runId());
        }
        if (!drifts.isEmpty()) {
            events.publishEvent(new DriftFound(begun.runId(), drifts.stream().map(f -> new DriftFound.Drift(
                    f.getCustomerId(), f.getCode(), f.getVerification(), f.getMessage())).toList()));
        }
        return List.copyOf(drifts);
    }
}
