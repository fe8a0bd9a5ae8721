package com.onboarding.console.payer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.onboarding.console.base.domain.AccountId;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerDetails;
import com.onboarding.console.customers.service.CustomerLookup;
import com.onboarding.console.payer.domain.PayerType;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What the last verification learned from AWS Organizations adds to the lookup of a customer without a recorded
 * payer. The lookup itself never calls AWS (it has no AWS port to call); no Spring context needed.
 */
class PayerLookupServiceRecordedFactsTest {

    private static final String ACCOUNT = "900000000001";

    private final CustomerLookup customers = mock(CustomerLookup.class);
    private final PayerLookupService payerLookup = new PayerLookupService(customers, new PayerSettings(List.of()),
            new CurrentUser());

    @BeforeEach
    void setUp() {
        loginAs(Role.OPS, null);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOrganizationUnderAConsolidatedPayerIsConsolidated() {
        knownCustomer(7L, null, "279843869311");

        var answer = payerLookup.lookup(ACCOUNT);

        assertThat(answer.type()).isEqualTo(PayerType.CONSOLIDATED);
        assertThat(answer.summary()).isEqualTo("consolidated billing under payer doitintl-payer-07 (279843869311)");
        assertThat(answer.explanation()).startsWith("The last verification found").contains("Acme");
    }

    @Test
    void aManagementAccountOfItsOwnOrganizationIsDedicated() {
        knownCustomer(7L, null, ACCOUNT);

        var answer = payerLookup.lookup(ACCOUNT);

        assertThat(answer.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(answer.explanation()).contains("management account of its own organization");
    }

    @Test
    void anOrganizationUnderAnotherPayerIsDedicated() {
        knownCustomer(7L, null, "800000000009");

        var answer = payerLookup.lookup(ACCOUNT);

        assertThat(answer.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(answer.explanation()).contains("800000000009").contains("not one of the consolidated payers");
    }

    @Test
    void withoutVerifiedFactsTheRecordedFactsAnswer() {
        knownCustomer(7L, null, null);

        assertThat(payerLookup.lookup(ACCOUNT).explanation()).contains("no recorded payer account");
    }

    @Test
    void aRecordedPayerWinsOverTheVerifiedOrganization() {
        knownCustomer(7L, "017920819041", ACCOUNT);

        assertThat(payerLookup.lookup(ACCOUNT).type()).isEqualTo(PayerType.CONSOLIDATED);
    }

    @Test
    void accountsNoCustomerOwnsAreUnknown() {
        when(customers.byAccountId(any())).thenReturn(Optional.empty());

        assertThat(payerLookup.lookup("900000000002").type()).isEqualTo(PayerType.UNKNOWN);
    }

    @Test
    void aCustomerUserLearnsAnotherCustomersPayerTypeButNotItsPayer() {
        knownCustomer(7L, null, "800000000009");
        loginAs(Role.CUSTOMER, 8L);

        var answer = payerLookup.lookup(ACCOUNT);

        assertThat(answer.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(answer.explanation()).doesNotContain("Acme").doesNotContain("800000000009");
    }

    private void knownCustomer(long id, @Nullable String payerAccountId, @Nullable String verifiedManagement) {
        var customer = new Customer("external-" + id, Instant.EPOCH);
        customer.apply(new CustomerDetails("Acme", new AccountId(ACCOUNT), null, "DE", "root@acme.example",
                payerAccountId == null ? null : new AccountId(payerAccountId), null));
        if (verifiedManagement != null) {
            customer.recordOrganization(verifiedManagement, Instant.EPOCH);
        }
        ReflectionTestUtils.setField(customer, "id", id);
        when(customers.byAccountId(ACCOUNT)).thenReturn(Optional.of(customer));
    }

    private static void loginAs(Role role, @Nullable Long customerId) {
        var principal = new AppUserPrincipal(7L, "user7", "User Seven", role, customerId, true, null, 0);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
