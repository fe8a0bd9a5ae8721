package com.onboarding.console;

import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one way tests make new customers and users, on any running console (the shared test context or an instance
 * of its own): names and usernames no other test uses, account ids from {@link TestAccountIds}. Creating a
 * customer goes through the customer service, so it needs a staff user logged in, as in the console.
 */
public final class TestFixture {

    /** Unique within the JVM; the start time keeps runs on a reused database apart. */
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private final ApplicationContext context;

    public TestFixture(ApplicationContext context) {
        this.context = context;
    }

    /** A text nobody else uses, such as {@code prefix-k3x9a-17}: for names, usernames and filters. */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A 12-digit account id that no customer of this database has or will be given by another test. */
    public String accountId() {
        return TestAccountIds.next(context.getBean(DataSource.class));
    }

    /** A customer "{name}-{unique}" in Germany without a CSM. */
    public Customer customer(String name) {
        return customer(name, null);
    }

    public Customer customer(String name, @Nullable Long csmUserId) {
        return create(new CustomerDraft(unique(name), accountId(), csmUserId, "DE", null, null, null));
    }

    /** Creates exactly this draft (its name and account id as given), as the logged-in user. */
    public Customer create(CustomerDraft draft) {
        return context.getBean(CustomerService.class).create(draft);
    }

    /** A new enabled user of the role; the password is the username. A CUSTOMER user needs their customer. */
    public AppUser user(Role role, @Nullable Long customerId) {
        return user(unique(role.name().toLowerCase()), role, customerId);
    }

    public AppUser user(String username, Role role, @Nullable Long customerId) {
        var user = new AppUser(username, "Test " + role + " " + username,
                context.getBean(PasswordEncoder.class).encode(username), role, customerId,
                context.getBean(Clock.class).instant());
        user.setEmail(username + "@reseller.example");
        return context.getBean(AppUserRepository.class).save(user);
    }
}
