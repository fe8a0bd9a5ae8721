package com.onboarding.console.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.aws.FiledTaxRegistration.Status;
import com.onboarding.console.base.domain.FieldKey;
import com.onboarding.console.base.domain.InvalidInputException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TaxRulesTest {

    private static TaxRegistration registration(String type, @Nullable String postalCode, @Nullable String state,
            String country) {
        return new TaxRegistration(type, "REG-1", "Example Ltd", "Main Street 1", "Town", postalCode, state, country);
    }

    private static void refused(TaxRegistration input, String field, String message) {
        assertThatThrownBy(() -> TaxRules.checked(input)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field().map(FieldKey::label)).contains(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void thePostalCodeIsRequired() {
        refused(registration("VAT", " ", null, "DE"), "Postal code", "Postal code is required.");
        assertThat(TaxRules.refusedMember(registration("VAT", null, null, "DE")))
                .contains("taxRegistrationEntry.legalAddress.postalCode");
    }

    @Test
    void theStateOrRegionIsRequiredInCanadaIndiaUaeRomaniaAndBrazilOnly() {
        for (var country : new String[] {"CA", "IN", "AE", "RO", "BR"}) {
            refused(registration("GST", "12345", null, country), "State or region", "State or region is required"
                    + " for a registration in " + country + ": AWS asks for it in Canada, India, the United Arab"
                    + " Emirates, Romania and Brazil. Enter it as the AWS Tax Settings page names it.");
            assertThat(TaxRules.checked(registration("GST", "12345", " Ontario ", country)).stateOrRegion())
                    .isEqualTo("Ontario");
        }
        assertThat(TaxRules.checked(registration("VAT", "10115", null, "de")))
                .isEqualTo(registration("VAT", "10115", null, "DE"));
        assertThat(TaxRules.needsStateOrRegion("ca")).isTrue();
        assertThat(TaxRules.needsStateOrRegion("DE")).isFalse();
    }

    @Test
    void theRegistrationTypeIsOneTaxSettingsTakes() {
        refused(registration("EIN", "10115", null, "US"), "Registration type", "Registration type EIN is not one"
                + " the Tax Settings API takes: use one of VAT, GST, CPF, CNPJ, SST, TIN, NRIC.");
        for (var type : TaxRegistrationType.values()) {
            assertThat(TaxRules.checked(registration(type.name(), "10115", null, "US")).registrationType())
                    .isEqualTo(type.name());
        }
    }

    private static Optional<FiledTaxRegistration> filed(Status status) {
        return Optional.of(new FiledTaxRegistration(registration("VAT", "10115", null, "DE"), status));
    }

    @Test
    void theStatusDecides() {
        assertThat(TaxRules.judge(filed(Status.VERIFIED), "DE", "REG-1", "Example Ltd"))
                .isEqualTo(AwsResult.ok("The tax registration REG-1 (DE) is verified by AWS."));
        var pending = TaxRules.judge(filed(Status.PENDING), "DE", "REG-1", "Example Ltd");
        assertThat(pending.ok()).isFalse();
        assertThat(pending.pending()).isTrue();
        assertThat(pending.message()).isEqualTo("The tax registration REG-1 (DE) is pending with AWS: it checks the"
                + " registration, and the console checks again later.");
        for (var status : new Status[] {Status.REJECTED, Status.DELETED}) {
            var judged = TaxRules.judge(filed(status), "DE", "REG-1", "Example Ltd");
            assertThat(judged.ok()).isFalse();
            assertThat(judged.pending()).isFalse();
            assertThat(judged.message()).isEqualTo("The tax registration REG-1 (DE) is " + status.awsName()
                    + " at AWS: correct it on the AWS Tax Settings page, or set it again.");
        }
    }

    @Test
    void countryRegistrationIdAndLegalNameAreCompared() {
        assertThat(TaxRules.judge(Optional.empty(), "DE", null, null))
                .isEqualTo(AwsResult.differs("The account has no tax registration."));
        assertThat(TaxRules.judge(filed(Status.VERIFIED), "FR", null, null).message())
                .isEqualTo("The tax registration is in DE, the billing country is FR.");
        assertThat(TaxRules.judge(filed(Status.VERIFIED), "DE", "REG-2", "Example Ltd").message())
                .isEqualTo("The tax registration REG-1 (DE) is not the one the console set: REG-2.");
        assertThat(TaxRules.judge(filed(Status.VERIFIED), "DE", "REG-1", "Other Ltd").message())
                .isEqualTo("The tax registration REG-1 (DE) names Example Ltd as legal name, the console set Other"
                        + " Ltd.");
        assertThat(TaxRules.judge(filed(Status.VERIFIED), "DE", null, null).ok()).as("set outside the console")
                .isTrue();
    }
}
