package com.onboarding.console.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"jane@example.com", "aws+123456789012@reseller.example", "a.b@mail.co.uk"})
    void anAddressAsPeopleTypeOneIsKept(String input) {
        assertThat(EmailAddress.parse("Email", input, "jane@example.com").value()).isEqualTo(input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane", "jane@example", "jane@@example.com", "jane doe@example.com", "@example.com"})
    void anythingElseIsRefusedWithTheExpectedForm(String input) {
        assertThatThrownBy(() -> EmailAddress.parse("Root email", input, "aws+1@reseller.example"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Root email must be an e-mail address such as aws+1@reseller.example.")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("Root email");
    }
}
