package com.onboarding.console.checklist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.checklist.domain.FleetRun;
import com.onboarding.console.checklist.domain.FleetRunRepository;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** The database lets one fleet run go at a time: a second start joins it, and a run that stopped is ended. */
class FleetRunsTest extends ConsoleTest {

    @Autowired
    private FleetRuns runs;
    @Autowired
    private FleetRunRepository repository;
    @Autowired
    private Clock clock;

    @AfterEach
    void endRuns() {
        repository.findByRunning(1).ifPresent(run -> runs.finish(run.id()));
    }

    @Test
    void aStartWhileARunGoesJoinsItAndTheNextStartAfterItEndsBeginsAnother() {
        var first = runs.begin("ops");
        var second = runs.begin("schedule");

        assertThat(first.joined()).isFalse();
        assertThat(second.joined()).isTrue();
        assertThat(second.runId()).isEqualTo(first.runId());
        assertThat(second.customerIds()).isEmpty();
        assertThat(runs.report(first.runId()).orElseThrow().startedBy()).isEqualTo("ops");

        runs.finish(first.runId());
        var third = runs.begin("schedule");

        assertThat(third.joined()).isFalse();
        assertThat(third.runId()).isNotEqualTo(first.runId());
        assertThat(runs.report(first.runId()).orElseThrow().running()).isFalse();
    }

    @Test
    void theDatabaseRefusesASecondRunningRow() {
        runs.begin("ops");

        assertThatThrownBy(() -> repository.saveAndFlush(new FleetRun("schedule", clock.instant(), 0, 0)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aRunThatStoppedReportingIsEndedByTheNextStart() {
        var stopped = repository.saveAndFlush(new FleetRun("ops", clock.instant().minus(Duration.ofHours(1)), 5, 0));
        assertThat(runs.report(stopped.id()).orElseThrow().abandoned()).isTrue();

        var next = runs.begin("schedule");

        assertThat(next.joined()).isFalse();
        var ended = runs.report(stopped.id()).orElseThrow();
        assertThat(ended.running()).isFalse();
        assertThat(ended.finishedAt()).isNotNull();
    }
}
