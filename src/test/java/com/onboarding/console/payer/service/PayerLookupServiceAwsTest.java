package com.onboarding.console.payer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.OrganizationFacts;
import com.onboarding.console.aws.OrganizationPort;
import com.onboarding.console.base.domain.AccountId;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerDetails;
import com.onboarding.console.customers.domain.CustomerRepository;
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
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;

/** What AWS Organizations adds to the lookup of a customer without a recorded payer; no Spring context needed. */
class PayerLookupServiceAwsTest {

    private static final String ACCOUNT = "900000000001";

    private final CustomerRepository customers = mock(CustomerRepository.class);
    private final OrganizationPort organizations = mock(OrganizationPort.class);
    @SuppressWarnings("unchecked")
    private final ObjectProvider<OrganizationPort> provider = mock(ObjectProvider.class);
    private final PayerLookupService payerLookup = new PayerLookupService(customers, new PayerSettings(List.of()),
            provider, new CurrentUser());

    @BeforeEach
    void setUp() {
        when(provider.getIfAvailable()).thenReturn(organizations);
        loginAs(Role.OPS, null);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOrganizationUnderAConsolidatedPayerIsConsolidated() {
        knownCustomer(7L, null);
        awsReportsManagementAccount("279843869311");

        var answer = payerLookup.lookup(ACCOUNT);

        assertThat(answer.type()).isEqualTo(PayerType.CONSOLIDATED);
        assertThat(answer.summary()).isEqualTo("consolidated billing under payer doitintl-payer-07 (279843869311)");
        assertThat(answer.explanation()).startsWith("AWS Organizations reports").contains("Acme");
    }

    @Test
    void aManagementAccountOfItsOwnOrganizationIsDedicated() {
        knownCustomer(7L, null);
        awsReportsManagementAccount(ACCOUNT);

        var answer = payerLookup.lookup(ACCOUNT);

        assertThat(answer.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(answer.explanation()).contains("management account of its own organization");
    }

    @Test
    void anOrganizationUnderAnotherPayerIsDedicated() {
        knownCustomer(7L, null);
        awsReportsManagementAccount("800000000009");

        var answer = payerLookup.lookup(ACCOUNT);

        assertThat(answer.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(answer.explanation()).contains("800000000009").contains("not one of the consolidated payers");
    }

    @Test
    void theCallGoesToTheCustomersAccountWithItsExternalIdOnBehalfOfTheUser() {
        knownCustomer(7L, null);
        awsReportsManagementAccount(ACCOUNT);

        payerLookup.lookup(ACCOUNT);

        var target = ArgumentCaptor.forClass(AwsTarget.class);
        verify(organizations).describeOrganization(target.capture());
        assertThat(target.getValue()).isEqualTo(new AwsTarget(ACCOUNT, "external-7", "user7", null));
    }

    @Test
    void noAwsAnswerFallsBackToTheRecordedFacts() {
        knownCustomer(7L, null);
        when(organizations.describeOrganization(any())).thenThrow(new AwsCallException(
                AwsCallException.Reason.ACCESS_DENIED, "organizations:DescribeOrganization", "denied"));

        var answer = payerLookup.lookup(ACCOUNT);

        assertThat(answer.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(answer.explanation()).contains("no recorded payer account");
    }

    @Test
    void withoutAwsTheRecordedFactsAnswer() {
        knownCustomer(7L, null);
        when(provider.getIfAvailable()).thenReturn(null);

        assertThat(payerLookup.lookup(ACCOUNT).explanation()).contains("no recorded payer account");
    }

    @Test
    void aRecordedPayerIsNotAskedAgain() {
        knownCustomer(7L, "017920819041");

        assertThat(payerLookup.lookup(ACCOUNT).type()).isEqualTo(PayerType.CONSOLIDATED);
        verifyNoInteractions(organizations);
    }

    @Test
    void accountsNoCustomerOwnsAreNeverAskedAbout() {
        when(customers.findByAccountId(any())).thenReturn(Optional.empty());

        assertThat(payerLookup.lookup("900000000002").type()).isEqualTo(PayerType.UNKNOWN);
        verifyNoInteractions(organizations);
    }

    @Test
    void aCustomerUserDoesNotMakeTheConsoleCallIntoAnotherCustomersAccount() {
        knownCustomer(7L, null);
        loginAs(Role.CUSTOMER, 8L);

        var answer = payerLookup.lookup(ACCOUNT);

        assertThat(answer.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(answer.explanation()).doesNotContain("Acme");
        verifyNoInteractions(organizations);
    }

    @Test
    void aListAsksAwsOncePerCustomer() {
        knownCustomer(7L, null);
        awsReportsManagementAccount(ACCOUNT);

        var lines = payerLookup.lookupAll(ACCOUNT + "\n" + ACCOUNT);

        assertThat(lines).hasSize(2).allMatch(line -> line.answer() != null);
        verify(organizations, times(1)).describeOrganization(any());
    }

    private void knownCustomer(long id, @Nullable String payerAccountId) {
        var customer = new Customer("external-" + id, Instant.EPOCH);
        customer.apply(new CustomerDetails("Acme", new AccountId(ACCOUNT), null, "DE", "root@acme.example",
                payerAccountId == null ? null : new AccountId(payerAccountId), null));
        ReflectionTestUtils.setField(customer, "id", id);
        when(customers.findByAccountId(ACCOUNT)).thenReturn(Optional.of(customer));
    }

    private void awsReportsManagementAccount(String managementAccount) {
        when(organizations.describeOrganization(any()))
                .thenReturn(new OrganizationFacts("o-example", managementAccount, "root@acme.example"));
    }

    private static void loginAs(Role role, @Nullable Long customerId) {
        var principal = new AppUserPrincipal(7L, "user7", "User Seven", role, customerId, true, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
