package com.onboarding.console.checklist.service;

import com.onboarding.console.checklist.domain.FleetRun;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.domain.Role;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The scheduled drift check: a fleet re-verification on the configured schedule, by one instance per interval
 * (ShedLock). A run started by hand that is going then is joined, not doubled.
 */
@Component
public class DriftCheck {

    static final String LOCK = "drift-check";

    private static final Logger log = LoggerFactory.getLogger(DriftCheck.class);

    private final FleetVerification fleet;
    private final DriftCheckSettings settings;

    DriftCheck(FleetVerification fleet, DriftCheckSettings settings) {
        this.fleet = fleet;
        this.settings = settings;
    }

    /**
     * Runs the check unless another instance holds the lock; the lock is kept at least ten minutes, so that
     * instances whose schedules fire a little apart do not run it twice.
     */
    @Scheduled(cron = "${console.drift-check.cron:" + DriftCheckSettings.DEFAULT_CRON + "}", zone = "UTC")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT10M", lockAtMostFor = "PT6H")
    public void run() {
        if (!settings.enabled()) {
            return;
        }
        // No person starts it: the schedule acts as OPS, under its own name in the audit trail.
        var schedule = new AppUserPrincipal(0, FleetRun.SCHEDULE, "Scheduled drift check", Role.OPS, null, true,
                null, 0);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                schedule, null, schedule.getAuthorities()));
        try {
            var drifts = fleet.runHere(FleetRun.SCHEDULE);
            log.info("Scheduled drift check finished: {} drifted steps", drifts.size());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
