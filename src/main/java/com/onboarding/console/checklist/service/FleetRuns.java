package com.onboarding.console.checklist.service;

import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.CustomerStepRepository;
import com.onboarding.console.checklist.domain.FleetFinding;
import com.onboarding.console.checklist.domain.FleetFindingRepository;
import com.onboarding.console.checklist.domain.FleetRun;
import com.onboarding.console.checklist.domain.FleetRunRepository;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerLookup;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fleet runs in the database: begun or joined (the unique "running" row is the guard across instances), counted
 * customer by customer, ended, and read back for /fleet.
 */
@Component
class FleetRuns {

    /** A run to go on with: a new one with the customers to check, or one already going elsewhere. */
    record Begun(long runId, boolean joined, List<Long> customerIds) {
    }

    private final FleetRunRepository runs;
    private final FleetFindingRepository findings;
    private final CustomerStepRepository steps;
    private final CustomerLookup customers;
    private final ChecklistSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;

    FleetRuns(FleetRunRepository runs, FleetFindingRepository findings, CustomerStepRepository steps,
            CustomerLookup customers, ChecklistSettings settings, Clock clock,
            PlatformTransactionManager transactions) {
        this.runs = runs;
        this.findings = findings;
        this.steps = steps;
        this.customers = customers;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Begins a run over the customers the console has access to, or joins the one going. A run that stopped
     * reporting for longer than a stale claim (its instance stopped) is ended first.
     */
    Begun begin(String startedBy) {
        var ids = steps.activeCustomersWithDone(StepCatalog.PLATFORM_ROLE);
        var skipped = Math.max(0, customers.activeIds().size() - ids.size());
        // Two tries: the run found going may end between the refused insert and the read.
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                var run = tx.execute(status -> {
                    var now = clock.instant();
                    runs.findByRunning(1).filter(r -> r.getHeartbeatAt().isBefore(now.minus(
                            settings.staleClaimAfter()))).ifPresent(r -> runs.finish(r.id(), now));
                    return runs.saveAndFlush(new FleetRun(startedBy, now, ids.size(), skipped));
                });
                return new Begun(Objects.requireNonNull(run).id(), false, ids);
            } catch (DataIntegrityViolationException e) {
                var going = runs.findByRunning(1);
                if (going.isPresent()) {
                    return new Begun(going.get().id(), true, List.of());
                }
            }
        }
        throw new IllegalStateException("A fleet run neither started nor could be found going; try again.");
    }

    /** Records one customer's outcome; returns the drifts among it (steps verified before, not now). */
    List<FleetFinding> record(long runId, long customerId, Set<StepCode> verifiedBefore, List<StepResult> results) {
        var found = new ArrayList<FleetFinding>();
        for (var result : results) {
            if (result.verification() == VerificationState.MISMATCH
                    || result.verification() == VerificationState.ERROR) {
                found.add(new FleetFinding(runId, customerId, result.code(), result.verification(),
                        verifiedBefore.contains(result.code()), result.message()));
            }
        }
        int mismatches = (int) found.stream().filter(f -> f.getVerification() == VerificationState.MISMATCH).count();
        var drifts = found.stream().filter(FleetFinding::isDrift).toList();
        tx.executeWithoutResult(status -> {
            findings.saveAll(found);
            runs.count(runId, mismatches, found.size() - mismatches, drifts.size(), clock.instant());
            // The mark stays while a step is still not as it should be, and goes once every step checks out.
            if (!drifts.isEmpty() || found.isEmpty()) {
                customers.markDrifted(customerId, !drifts.isEmpty());
            }
        });
        return drifts;
    }

    /** A customer the run could not check at all (refused, or archived meanwhile) counts as one failed check. */
    void recordUncheckable(long runId) {
        tx.executeWithoutResult(status -> runs.count(runId, 0, 1, 0, clock.instant()));
    }

    void finish(long runId) {
        tx.executeWithoutResult(status -> runs.finish(runId, clock.instant()));
    }

    /** The verifications of a customer's steps that AWS confirmed, before the run checks them again. */
    Set<StepCode> verified(long customerId) {
        return steps.findByCustomerId(customerId).stream()
                .filter(s -> s.getVerification() == VerificationState.VERIFIED)
                .map(CustomerStep::getCode).collect(Collectors.toSet());
    }

    Optional<FleetReport> latest() {
        return runs.findFirstByOrderByIdDesc().map(this::report);
    }

    Optional<FleetReport> report(long runId) {
        return runs.findById(runId).map(this::report);
    }

    private FleetReport report(FleetRun run) {
        var found = findings.findByRunIdOrderByCustomerIdAscIdAsc(run.id());
        var named = customers.findAll(found.stream().map(FleetFinding::getCustomerId).distinct().toList())
                .stream().collect(Collectors.toMap(Customer::id, Function.identity()));
        var lines = found.stream().filter(f -> named.containsKey(f.getCustomerId())).map(f -> {
            var customer = named.get(f.getCustomerId());
            return new FleetReport.Finding(f.getCustomerId(), customer.getName(), customer.getAccountId(),
                    f.getCode(), StepCatalog.get(f.getCode()).title(), f.getVerification(), f.isDrift(),
                    f.getMessage());
        }).toList();
        Instant staleBefore = clock.instant().minus(settings.staleClaimAfter());
        return new FleetReport(run.id(), run.getStartedBy(), run.getStartedAt(), run.getFinishedAt(),
                run.isRunning(), run.isRunning() && run.getHeartbeatAt().isBefore(staleBefore), run.getTotal(),
                run.getChecked(), run.getSkipped(), run.getMismatches(), run.getErrors(), run.getDrifts(), lines);
    }
}
