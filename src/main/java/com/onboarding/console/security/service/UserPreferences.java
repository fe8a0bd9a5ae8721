package com.onboarding.console.security.service;

import com.onboarding.console.base.access.SignedIn;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.AppUserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per-user settings that follow a person from browser to browser. */
@Service
@SignedIn
public class UserPreferences {

    private final AppUserRepository users;
    private final CurrentUser currentUser;

    UserPreferences(AppUserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public boolean darkTheme() {
        return users.findById(currentUser.require().userId()).map(u -> u.isDarkTheme()).orElse(false);
    }

    @Transactional
    public void setDarkTheme(boolean dark) {
        users.findById(currentUser.require().userId()).ifPresent(u -> u.setDarkTheme(dark));
    }
}
