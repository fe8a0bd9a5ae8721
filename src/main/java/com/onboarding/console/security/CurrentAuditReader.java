package com.onboarding.console.security;

import com.onboarding.console.audit.service.AuditReader;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail's reader is the user of the current request or UI access. */
@Component
class CurrentAuditReader implements AuditReader {

    private final CurrentUser currentUser;
    private final AppUserRepository users;

    CurrentAuditReader(CurrentUser currentUser, AppUserRepository users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public boolean isStaff() {
        return currentUser.get().map(AppUserPrincipal::isStaff).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public String nameOf(String actor) {
        // "system" and people since deleted have no user: shown as recorded, which names no staff login.
        return isStaff() ? actor : users.findByUsername(actor).map(AppUser::getDisplayName).orElse(actor);
    }
}
