package com.onboarding.console.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    private static final FieldKey EMAIL = () -> "Email";
    private static final FieldKey ROOT_EMAIL = () -> "Root email";

    @ParameterizedTest
    @ValueSource(strings = {"jane@example.com", "aws+123456789012@reseller.example", "a.b@mail.co.uk"})
    void anAddressAsPeopleTypeOneIsKept(String input) {
        assertThat(EmailAddress.parse(EMAIL, input, "jane@example.com").value()).isEqualTo(input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane", "jane@example", "jane@@example.com", "jane doe@example.com", "@example.com"})
    void anythingElseIsRefusedWithTheExpectedForm(String input) {
        assertThatThrownBy(() -> EmailAddress.parse(ROOT_EMAIL, input, "aws+1@reseller.example"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Root email must be an e-mail address such as aws+1@reseller.example.")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(Optional.of(ROOT_EMAIL));
    }
}
