package com.onboarding.console.security.service;

import com.onboarding.console.base.access.SignedIn;
import com.onboarding.console.base.access.StaffOnly;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works with customers (CSMs to assign, OPS to notify) and a customer's people, as other features see them. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    /** A user as other features show them: no password, no settings. */
    public record Person(long id, String username, String displayName, @Nullable String email) {
    }

    private final AppUserRepository users;

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    @SignedIn
    public List<Person> activeWithRole(Role role) {
        return users.findByRoleAndEnabledTrueOrderByDisplayName(role).stream().map(UserDirectory::person).toList();
    }

    /** The enabled users of one customer, for the customer's people page. */
    @StaffOnly
    public List<Person> peopleOf(long customerId) {
        return users.findByCustomerIdAndEnabledTrueOrderByDisplayName(customerId).stream()
                .map(UserDirectory::person).toList();
    }

    /** The enabled users of a customer, who hear about its onboarding. */
    public List<Person> usersOf(long customerId) {
        return users.findByCustomerIdAndEnabledTrueOrderByUsername(customerId).stream().map(UserDirectory::person)
                .toList();
    }

    public Optional<Person> find(long userId) {
        return users.findById(userId).map(UserDirectory::person);
    }

    private static Person person(AppUser user) {
        return new Person(Objects.requireNonNull(user.getId()), user.getUsername(), user.getDisplayName(),
                user.getEmail());
    }
}
