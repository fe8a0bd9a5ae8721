package com.onboarding.console.aws;

import com.onboarding.console.base.domain.CountryCode;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.domain.TextInput;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the Tax Settings API accepts in a registration (Address and TaxRegistrationEntry in its API reference), and
 * how a filed registration is judged: the form, the service and the sandbox all ask here.
 */
public final class TaxRules {

    /** Canada, India, the United Arab Emirates, Romania and Brazil: AWS requires stateOrRegion there. */
    public static final Set<String> STATE_OR_REGION_REQUIRED = Set.of("CA", "IN", "AE", "RO", "BR");

    private static final String TYPES = Arrays.stream(TaxRegistrationType.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private TaxRules() {
    }

    public static boolean needsStateOrRegion(@Nullable String countryCode) {
        return countryCode != null && STATE_OR_REGION_REQUIRED.contains(countryCode.strip().toUpperCase());
    }

    /**
     * The registration as AWS would take it, trimmed; or an {@link InvalidInputException} naming the form's input
     * and what it expects.
     */
    public static TaxRegistration checked(TaxRegistration input) {
        var country = CountryCode.parse(TaxField.COUNTRY, input.countryCode());
        var type = required(TaxField.REGISTRATION_TYPE, input.registrationType());
        if (Arrays.stream(TaxRegistrationType.values()).noneMatch(t -> t.name().equals(type))) {
            throw new InvalidInputException(TaxField.REGISTRATION_TYPE, "Registration type " + type
                    + " is not one the Tax Settings API takes: use one of " + TYPES + ".");
        }
        var id = required(TaxField.REGISTRATION_ID, input.registrationId());
        var legalName = required(TaxField.LEGAL_NAME, input.legalName());
        var address = required(TaxField.ADDRESS, input.addressLine1());
        var city = required(TaxField.CITY, input.city());
        var postalCode = required(TaxField.POSTAL_CODE, input.postalCode());
        var state = needsStateOrRegion(country)
                ? requiredState(input.stateOrRegion(), country)
                : optional(TaxField.STATE_OR_REGION, input.stateOrRegion());
        return new TaxRegistration(type, id, legalName, address, city, postalCode, state, country);
    }

    private static String requiredState(@Nullable String input, String country) {
        var state = optional(TaxField.STATE_OR_REGION, input);
        if (state == null) {
            throw new InvalidInputException(TaxField.STATE_OR_REGION, "State or region is required for a"
                    + " registration in " + country + ": AWS asks for it in Canada, India, the United Arab Emirates,"
                    + " Romania and Brazil. Enter it as the AWS Tax Settings page names it.");
        }
        return state;
    }

    private static String required(TaxField field, @Nullable String input) {
        return TextInput.required(field, input, field.maxLength());
    }

    private static @Nullable String optional(TaxField field, @Nullable String input) {
        return TextInput.optional(field, input, field.maxLength());
    }

    /** The request member AWS names when it refuses the registration, as in its ValidationException. */
    public static Optional<String> refusedMember(TaxRegistration input) {
        try {
            checked(input);
            return Optional.empty();
        } catch (InvalidInputException refused) {
            return Optional.of(refused.field().filter(TaxField.class::isInstance)
                    .map(field -> ((TaxField) field).awsMember()).orElse("taxRegistrationEntry"));
        }
    }

    /**
     * Judges what AWS has filed against the billing country and, when the console set it, the registration id and
     * legal name; then by its status: Verified is done, Pending waits for AWS, Rejected and Deleted differ.
     */
    public static AwsResult judge(Optional<FiledTaxRegistration> filed, String billingCountry,
            @Nullable String expectedId, @Nullable String expectedLegalName) {
        if (filed.isEmpty()) {
            return AwsResult.differs("The account has no tax registration.");
        }
        var found = filed.get().registration();
        var name = "The tax registration " + found.registrationId() + " (" + found.countryCode() + ")";
        if (!found.countryCode().equalsIgnoreCase(billingCountry)) {
            return AwsResult.differs("The tax registration is in " + found.countryCode() + ", the billing country is "
                    + billingCountry + ".");
        }
        if (expectedId != null && !found.registrationId().equals(expectedId)) {
            return AwsResult.differs(name + " is not the one the console set: " + expectedId + ".");
        }
        if (expectedLegalName != null && !found.legalName().strip().equalsIgnoreCase(expectedLegalName.strip())) {
            return AwsResult.differs(name + " names " + found.legalName() + " as legal name, the console set "
                    + expectedLegalName + ".");
        }
        return switch (filed.get().status()) {
            case VERIFIED -> AwsResult.ok(name + " is verified by AWS.");
            case PENDING -> AwsResult.pending(name + " is pending with AWS: it checks the registration, and the"
                    + " console checks again later.");
            case REJECTED, DELETED -> AwsResult.differs(name + " is " + filed.get().status().awsName() + " at AWS:"
                    + " correct it on the AWS Tax Settings page, or set it again.");
        };
    }
}
