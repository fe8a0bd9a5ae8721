package com.onboarding.console.checklist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.security.CurrentUser;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/** A customer whose check cannot even start (refused, gone meanwhile) is counted, and the run still ends. */
class FleetVerificationFailureTest {

    @Test
    void aCustomerThatCannotBeCheckedIsCountedAndTheRunFinishes() {
        var checklists = mock(ChecklistService.class);
        var runs = mock(FleetRuns.class);
        when(runs.begin("schedule")).thenReturn(new FleetRuns.Begun(9, false, List.of(1L, 2L, 3L)));
        when(runs.verified(anyLong())).thenReturn(Set.of());
        var mismatch = new StepResult(StepCode.of(1, 1), VerificationState.MISMATCH, "differs", null);
        when(checklists.verifyAll(1L)).thenReturn(CompletableFuture.completedFuture(List.of(mismatch)));
        when(checklists.verifyAll(2L)).thenReturn(CompletableFuture.failedFuture(new AccessDeniedException("no")));
        when(checklists.verifyAll(3L)).thenThrow(new IllegalStateException("archived meanwhile"));
        when(runs.record(anyLong(), anyLong(), anySet(), anyList())).thenReturn(List.of());
        var fleet = new FleetVerification(checklists, runs, new ChecklistSettings(2, Duration.ofMinutes(5)),
                new CurrentUser(), mock(ApplicationEventPublisher.class));

        assertThat(fleet.runHere("schedule")).isEmpty();

        verify(runs).record(9, 1L, Set.of(), List.of(mismatch));
        verify(runs, times(2)).recordUncheckable(9);
        verify(runs).finish(eq(9L));
    }

    @Test
    void aRunThatJoinsAnotherChecksNothing() {
        var checklists = mock(ChecklistService.class);
        var runs = mock(FleetRuns.class);
        when(runs.begin("schedule")).thenReturn(new FleetRuns.Begun(9, true, List.of()));
        var fleet = new FleetVerification(checklists, runs, new ChecklistSettings(2, Duration.ofMinutes(5)),
                new CurrentUser(), mock(ApplicationEventPublisher.class));

        assertThat(fleet.runHere("schedule")).isEmpty();

        verify(runs, times(0)).finish(anyLong());
    }
}
