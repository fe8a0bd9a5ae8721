package com.onboarding.console.security;

import com.onboarding.console.audit.service.AuditReader;
import org.springframework.stereotype.Component;

/** The audit trail's reader is the user of the current request or UI access. */
@Component
class CurrentAuditReader implements AuditReader {

    private final CurrentUser currentUser;

    CurrentAuditReader(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public boolean isStaff() {
        return currentUser.get().map(AppUserPrincipal::isStaff).orElse(false);
    }
}
