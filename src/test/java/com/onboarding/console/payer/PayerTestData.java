package com.onboarding.console.payer;

import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Customers and customer users of the payer tests, with account ids and names no other test uses. */
public final class PayerTestData {

    private final CustomerService customers;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public PayerTestData(CustomerService customers, AppUserRepository users, PasswordEncoder passwords, Clock clock) {
        this.customers = customers;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A random id starting with 9, which none of the configured consolidated payers does. */
    public static String newAccountId() {
        return "9" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 100_000_000_000L);
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** Needs a staff user logged in, as creating a customer does. */
    public Customer customer(String name, @Nullable String payerAccountId) {
        return customers.create(new CustomerDraft(name, newAccountId(), null, "DE", null, payerAccountId, null));
    }

    /** A CUSTOMER user bound to the customer; its password is its username. */
    public String customerUser(long customerId) {
        var username = "payer-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        users.save(new AppUser(username, "Customer user " + username, passwords.encode(username), Role.CUSTOMER,
                customerId, clock.instant()));
        return username;
    }
}
