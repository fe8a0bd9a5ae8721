package com.onboarding.console.payer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.payer.PayerTestData;
import com.onboarding.console.payer.domain.BulkLookupLine;
import com.onboarding.console.payer.domain.PayerAnswer;
import com.onboarding.console.payer.domain.PayerType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PayerLookupServiceTest extends ConsoleTest {

    @Autowired
    private PayerLookupService payerLookup;
    private PayerTestData data;

    @BeforeEach
    void loginAsOps() {
        data = new PayerTestData(fixture());
        runAs("ops");
    }

    @Test
    void aConsolidatedPayerIsConsolidatedUnderItself() {
        var answer = payerLookup.lookup("017920819041");

        assertThat(answer.type()).isEqualTo(PayerType.CONSOLIDATED);
        assertThat(answer.summary()).isEqualTo("consolidated billing under payer doitintl-payer-02 (017920819041)");
        assertThat(answer.explanation()).contains("consolidated payer account doitintl-payer-02 itself");
    }

    @Test
    void aMemberOfAConsolidatedPayerIsConsolidatedUnderThatPayer() {
        var customer = data.customer(PayerTestData.uniqueName("Member"), "279843869311");

        var answer = payerLookup.lookup(customer.getAccountId());

        assertThat(answer.type()).isEqualTo(PayerType.CONSOLIDATED);
        assertThat(answer.summary()).isEqualTo("consolidated billing under payer doitintl-payer-07 (279843869311)");
        assertThat(answer.explanation()).contains(customer.getName()).contains("member account");
    }

    @Test
    void aCustomerOnAnotherResellerPayerIsDedicated() {
        var otherPayer = data.newOtherResellerPayer();
        var customer = data.customer(PayerTestData.uniqueName("Dedicated"), otherPayer);

        var answer = payerLookup.lookup(customer.getAccountId());

        assertThat(answer.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(answer.summary()).isEqualTo("dedicated payer account");
        assertThat(answer.payer()).isNull();
        assertThat(answer.explanation()).contains(customer.getName()).contains(otherPayer)
                .contains("not one of the consolidated payers");
    }

    @Test
    void aCustomerWithoutRecordedPayerIsItsOwnDedicatedPayer() {
        var customer = data.customer(PayerTestData.uniqueName("Own payer"), null);

        var answer = payerLookup.lookup(customer.getAccountId());

        assertThat(answer.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(answer.explanation()).contains(customer.getName()).contains("own");
    }

    @Test
    void theRecordedPayerOfACustomerIsADedicatedPayer() {
        var otherPayer = data.newOtherResellerPayer();
        var customer = data.customer(PayerTestData.uniqueName("Paid by"), otherPayer);

        var answer = payerLookup.lookup(otherPayer);

        assertThat(answer.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(answer.explanation()).contains("recorded payer account of customer \"" + customer.getName() + "\"");
    }

    @Test
    void anAccountNobodyKnowsIsUnknown() {
        var answer = payerLookup.lookup(data.newAccountId());

        assertThat(answer.type()).isEqualTo(PayerType.UNKNOWN);
        assertThat(answer.summary()).isEqualTo("not an account this console knows");
        assertThat(answer.explanation()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "1234 5678 9012", "1234-5678-9012", "  123456789012  ",
            "\n\t123456789012\r\n", "\t1234 - 5678 - 9012\t"})
    void toleratedFormsAreNormalized(String input) {
        assertThat(payerLookup.lookup(input).accountId()).isEqualTo("123456789012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1234567890123", "1234 5678 901", "1234-5678-90123"})
    void wrongLengthIsRefusedWithTheDigitCount(String input) {
        assertThatThrownBy(() -> payerLookup.lookup(input))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("digits: an AWS account id has exactly 12 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901a", "acme-account", "١٢٣٤٥٦٧٨٩٠١٢", "１２３４５６７８９０１２", "1234.5678.9012",
            "123456789012 x"})
    void anythingButAsciiDigitsIsRefused(String input) {
        assertThatThrownBy(() -> payerLookup.lookup(input))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only the digits 0-9")
                .hasMessageContaining("expected 12 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t", " - "})
    void emptyInputIsRefused(String input) {
        assertThatThrownBy(() -> payerLookup.lookup(input))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is required: enter the 12-digit AWS account id");
    }

    @Test
    void aCustomerUserLearnsOnlyThePayerTypeOfAnotherCustomersAccount() {
        var otherPayer = data.newOtherResellerPayer();
        var other = data.customer(PayerTestData.uniqueName("Secret Corp"), otherPayer);
        var otherWithoutPayer = data.customer(PayerTestData.uniqueName("Hidden Ltd"), null);
        var member = data.customer(PayerTestData.uniqueName("Quiet Inc"), "561602220360");
        var own = data.customer(PayerTestData.uniqueName("Own Co"), null);
        runAs(customerUser(PayerTestData.newUsername(), own.id()).getUsername());

        var dedicated = payerLookup.lookup(other.getAccountId());
        var paying = payerLookup.lookup(otherPayer);
        var ownPayer = payerLookup.lookup(otherWithoutPayer.getAccountId());
        var consolidated = payerLookup.lookup(member.getAccountId());

        assertThat(dedicated.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(paying.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(ownPayer.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(consolidated.type()).isEqualTo(PayerType.CONSOLIDATED);
        for (var answer : new PayerAnswer[] {dedicated, paying, ownPayer,
                consolidated}) {
            assertThat(answer.explanation() + answer.summary())
                    .doesNotContain(other.getName(), otherWithoutPayer.getName(), member.getName(), otherPayer,
                            other.getExternalId(), "Secret", "Hidden", "Quiet");
        }
        assertThat(dedicated.explanation()).startsWith("This customer account");
        assertThat(paying.explanation()).contains("a customer of this console");
    }

    @Test
    void aCustomerUserSeesTheDetailsOfTheirOwnAccount() {
        var otherPayer = data.newOtherResellerPayer();
        var own = data.customer(PayerTestData.uniqueName("Open Co"), otherPayer);
        runAs(customerUser(PayerTestData.newUsername(), own.id()).getUsername());

        var byTyping = payerLookup.lookup(own.getAccountId());
        var byCustomer = payerLookup.forCustomer(own.id());

        assertThat(byTyping).isEqualTo(byCustomer);
        assertThat(byCustomer.type()).isEqualTo(PayerType.DEDICATED);
        assertThat(byCustomer.explanation()).startsWith("Your management account").contains(otherPayer);
    }

    @Test
    void forCustomerIsLimitedToCustomersTheUserMaySee() {
        var own = data.customer(PayerTestData.uniqueName("Mine"), "561602220360");
        var other = data.customer(PayerTestData.uniqueName("Theirs"), null);
        assertThat(payerLookup.forCustomer(other.id()).explanation()).contains(other.getName());

        runAs(customerUser(PayerTestData.newUsername(), own.id()).getUsername());

        assertThat(payerLookup.forCustomer(own.id()).summary())
                .isEqualTo("consolidated billing under payer doitintl-payer-01 (561602220360)");
        assertThatThrownBy(() -> payerLookup.forCustomer(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> payerLookup.lookupAll(other.getAccountId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aListGetsOneResultPerIdWithAnErrorPerBadEntry() {
        var member = data.customer(PayerTestData.uniqueName("Listed"), "017920819041");
        var unknown = data.newAccountId();
        var pasted = "561602220360\n"
                + "\n"
                + "  1234-5678-901 ; " + member.getAccountId() + ",\t\n"
                + "١٢٣٤٥٦٧٨٩٠١٢\r\n"
                + unknown.substring(0, 4) + " " + unknown.substring(4) + "\n";

        var lines = payerLookup.lookupAll(pasted);

        assertThat(lines).extracting(BulkLookupLine::line, BulkLookupLine::input, BulkLookupLine::accountId,
                        BulkLookupLine::result)
                .containsExactly(
                        tuple(1, "561602220360", "561602220360",
                                "consolidated billing under payer doitintl-payer-01 (561602220360)"),
                        tuple(3, "1234-5678-901", "", "invalid input"),
                        tuple(3, member.getAccountId(), member.getAccountId(),
                                "consolidated billing under payer doitintl-payer-02 (017920819041)"),
                        tuple(4, "١٢٣٤٥٦٧٨٩٠١٢", "", "invalid input"),
                        tuple(5, unknown.substring(0, 4) + " " + unknown.substring(4),
                                unknown, "not an account this console knows"));
        assertThat(lines.get(1).explanation()).contains("has 11 digits");
        assertThat(lines.get(3).explanation()).contains("only the digits 0-9");
        assertThat(lines.get(2).explanation()).contains(member.getName());
    }

    @Test
    void anEmptyOrOversizedListIsRefused() {
        assertThatThrownBy(() -> payerLookup.lookupAll(" \n ,; \n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Paste at least one account id");
        var tooMany = "123456789012,".repeat(PayerLookupService.LIST_MAX_IDS + 1);
        assertThatThrownBy(() -> payerLookup.lookupAll(tooMany))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most " + PayerLookupService.LIST_MAX_IDS);
        var tooLong = " ".repeat(PayerLookupService.LIST_MAX_CHARS + 1);
        assertThatThrownBy(() -> payerLookup.lookupAll(tooLong))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most " + PayerLookupService.LIST_MAX_CHARS + " characters");
    }
}
