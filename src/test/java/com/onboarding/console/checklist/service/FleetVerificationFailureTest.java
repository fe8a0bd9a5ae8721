package com.onboarding.console.checklist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.customers.service.CustomerLookup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** A customer whose check cannot even start (refused, gone meanwhile) is counted, and the run still ends. */
class FleetVerificationFailureTest {

    @Test
    void aCustomerThatCannotBeCheckedIsCountedAndTheRunFinishes() throws Exception {
        var checklists = mock(ChecklistService.class);
        var customers = mock(CustomerLookup.class);
        when(customers.activeIds()).thenReturn(List.of(1L, 2L, 3L));
        var mismatch = new StepResult(StepCode.of(1, 1), VerificationState.MISMATCH, "differs", null);
        when(checklists.verifyAll(1L)).thenReturn(CompletableFuture.completedFuture(List.of(mismatch)));
        when(checklists.verifyAll(2L)).thenReturn(CompletableFuture.failedFuture(new AccessDeniedException("no")));
        when(checklists.verifyAll(3L)).thenThrow(new IllegalStateException("archived meanwhile"));
        var fleet = new FleetVerification(checklists, customers, new ChecklistSettings(2, Duration.ofMinutes(5)));

        var progress = new CopyOnWriteArrayList<FleetVerification.Progress>();
        assertThat(fleet.start(progress::add)).isTrue();
        for (int i = 0; i < 100 && (progress.isEmpty() || !progress.getLast().finished()); i++) {
            Thread.sleep(50);
        }

        assertThat(progress.getLast()).isEqualTo(new FleetVerification.Progress(3, 3, 1, 2, true));
        assertThat(fleet.start(p -> { })).as("the next run may start").isTrue();
    }
}
