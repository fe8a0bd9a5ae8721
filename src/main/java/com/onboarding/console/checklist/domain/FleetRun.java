package com.onboarding.console.checklist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One fleet re-verification: who started it, how far it got, what it counted. The row of a run that goes holds
 * {@code running = 1}, unique in the table, so that only one run goes at a time across all instances.
 */
@Entity
@Table(name = "fleet_run")
public class FleetRun {

    /** Who starts the runs the schedule starts. */
    public static final String SCHEDULE = "schedule";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt = Instant.EPOCH;

    @Column(name = "started_by", nullable = false, updatable = false, length = 64)
    private String startedBy = "";

    @Column(name = "running")
    private @Nullable Integer running;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt = Instant.EPOCH;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Column(nullable = false, updatable = false)
    private int total;

    @Column(nullable = false, updatable = false)
    private int skipped;

    @Column(nullable = false)
    private int checked;

    @Column(nullable = false)
    private int mismatches;

    @Column(nullable = false)
    private int errors;

    @Column(nullable = false)
    private int drifts;

    protected FleetRun() {
        // for JPA
    }

    /** A run that starts now over {@code total} customers, {@code skipped} more left out for want of access. */
    public FleetRun(String startedBy, Instant at, int total, int skipped) {
        this.startedBy = startedBy;
        this.startedAt = at;
        this.heartbeatAt = at;
        this.running = 1;
        this.total = total;
        this.skipped = skipped;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("fleet run not saved yet");
        }
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public boolean isRunning() {
        return running != null;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public @Nullable Instant getFinishedAt() {
        return finishedAt;
    }

    public int getTotal() {
        return total;
    }

    public int getSkipped() {
        return skipped;
    }

    public int getChecked() {
        return checked;
    }

    public int getMismatches() {
        return mismatches;
    }

    public int getErrors() {
        return errors;
    }

    public int getDrifts() {
        return drifts;
    }
}
