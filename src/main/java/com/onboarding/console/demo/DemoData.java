package com.onboarding.console.demo;

import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.LoginHint;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.SeedUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo users and customers at different stages (fresh, phase 1 half done, waiting on ops, a failed step,
 * complete), for trying the console. Only with the demo profile, which the README's run command switches on:
 * any other start on an empty database must not get an admin/admin. Customers are created and moved along
 * through the services, as the people named would do it, against the sandbox AWS.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner, LoginHint {

    private static final StepCode TAX_STEP = StepCode.of(3, 2);

    private final SeedUsers users;
    private final UserDetailsService userDetails;
    private final CustomerService customers;
    private final ChecklistService checklists;
    private final ObjectProvider<SandboxAws> sandbox;
    private final DemoSandbox demoSandbox;

    DemoData(SeedUsers users, UserDetailsService userDetails,
            CustomerService customers, ChecklistService checklists, ObjectProvider<SandboxAws> sandbox,
            DemoSandbox demoSandbox, Environment environment) {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("The demo profile cannot run with the prod profile: it would create "
                    + "demo users with known passwords. Start production with --spring.profiles.active=prod alone.");
        }
        this.users = users;
        this.userDetails = userDetails;
        this.customers = customers;
        this.checklists = checklists;
        this.sandbox = sandbox;
        this.demoSandbox = demoSandbox;
    }

    /** The users {@link #run} creates; each has its username as password. */
    @Override
    public String text() {
        return "Demo users, each with its username as password: ops (AWS Ops), csm (customer success manager),"
                + " admin (administrator), and the customers' users acme, globex, initech and umbrella.";
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyExist()) {
            // A restart: the database kept the checklists, the sandbox started empty.
            sandbox.ifAvailable(aws -> {
                try {
                    as("ops");
                    demoSandbox.reenactAll(aws);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
            return;
        }
        user("ops", "Olivia Ops", Role.OPS, null);
        var csm = user("csm", "Carlos CSM", Role.CSM, null);
        user("admin", "Ada Admin", Role.ADMIN, null);
        try {
            as("admin");
            var acme = customer("Acme Corp", "111122223333", csm, "DE");
            var globex = customer("Globex", "222233334444", csm, "US");
            var initech = customer("Initech", "333344445555", csm, "GB");
            var umbrella = customer("Umbrella Holdings", "444455556666", csm, "FR");
            customer("Northwind Traders", "555566667777", csm, "NL");
            user("acme", "Alex from Acme", Role.CUSTOMER, acme.id());
            user("globex", "Grace from Globex", Role.CUSTOMER, globex.id());
            user("initech", "Ian from Initech", Role.CUSTOMER, initech.id());
            user("umbrella", "Uma from Umbrella", Role.CUSTOMER, umbrella.id());

            as("acme");
            confirm(acme, "1.1", "1.2");
            as("globex");
            confirm(globex, "1.1", "1.2", "1.3", "1.4", "1.5");
            as("initech");
            confirm(initech, "1.1", "1.2", "1.3", "1.4", "1.5");
            as("umbrella");
            confirm(umbrella, "1.1", "1.2", "1.3", "1.4", "1.5");
            as("ops");
            confirm(initech, "2.1", "2.2");
            confirm(umbrella, "2.1", "2.2");
            sandbox.ifAvailable(aws -> {
                // Initech: the platform role failed (access denied), waiting for a retry.
                aws.failNext(initech.getAccountId(), AwsCallException.Reason.ACCESS_DENIED, 1);
                run(initech, "2.3", aws.issueCredentials(initech.getAccountId()));
                // Umbrella: onboarded completely.
                var pasted = aws.issueCredentials(umbrella.getAccountId());
                run(umbrella, "2.3", pasted);
                run(umbrella, "2.4", pasted);
                confirm(umbrella, "2.5", "3.1");
                var filed = DemoSandbox.TAX_REGISTRATIONS.get(umbrella.getAccountId());
                checklists.run(umbrella.id(), TAX_STEP, checklists.page(umbrella.id()).step(TAX_STEP).version(),
                        filed, pasted).join();
                confirm(umbrella, "3.3", "3.4");
                run(umbrella, "3.5", pasted);
                run(umbrella, "3.6", pasted);
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The SPP relationship id the demo's ops note on 2.5, in Partner Central's form. */
    private static final String DEMO_RELATIONSHIP_ID = "rs-demo00000spp1";

    /** As the person would: does in the sandbox what the step asks (when there is one), then confirms it. */
    private void confirm(Customer customer, String... codes) {
        for (var code : codes) {
            var step = StepCode.parse(code);
            sandbox.ifAvailable(aws -> demoSandbox.doByHand(aws, customer, StepCatalog.get(step)));
            checklists.confirm(customer.id(), step, checklists.page(customer.id()).step(step).version(), null,
                    StepCatalog.get(step).input() == null ? null : DEMO_RELATIONSHIP_ID);
        }
    }

    private void run(Customer customer, String code, TemporaryCredentials pasted) {
        var step = StepCode.parse(code);
        checklists.run(customer.id(), step, checklists.page(customer.id()).step(step).version(), null, pasted).join();
    }

    private Customer customer(String name, String accountId, long csmId, String country) {
        return customers.create(new CustomerDraft(name, accountId, csmId, country, null, null, null));
    }

    private void as(String username) {
        var principal = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** A demo user signs in with their username as the password. */
    private long user(String username, String name, Role role, @Nullable Long customerId) {
        return users.create(username, name, username, role, customerId,
                username + "@" + (role == Role.CUSTOMER ? "customer.example" : "reseller.example"));
    }
}
