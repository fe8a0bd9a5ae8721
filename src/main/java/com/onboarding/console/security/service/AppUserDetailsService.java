package com.onboarding.console.security.service;

import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import java.util.Objects;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users from the database for the login form, by the username as {@link AppUser#normalise} gives it. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AppUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return AppUser.normalise(username).flatMap(users::findByUsername)
                .map(AppUserDetailsService::principal)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    static AppUserPrincipal principal(AppUser user) {
        return new AppUserPrincipal(Objects.requireNonNull(user.getId()), user.getUsername(), user.getDisplayName(),
                user.getRole(), user.getCustomerId(), user.isEnabled(), user.getPasswordHash(),
                user.getAccessVersion());
    }
}
