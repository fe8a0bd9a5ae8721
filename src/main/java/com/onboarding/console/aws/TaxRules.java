package com.onboarding.console.aws;

import com.onboarding.console.base.domain.CountryCode;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.domain.TextInput;
import java.util.Arrays;
import java.util.Map;
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

    /** The form's field labels and the request members AWS names when it refuses them. */
    private static final Map<String, String> MEMBERS = Map.of(
            "Registration type", "taxRegistrationEntry.registrationType",
            "Registration id", "taxRegistrationEntry.registrationId",
            "Legal name", "taxRegistrationEntry.legalName",
            "Address", "taxRegistrationEntry.legalAddress.addressLine1",
            "City", "taxRegistrationEntry.legalAddress.city",
            "Postal code", "taxRegistrationEntry.legalAddress.postalCode",
            "State or region", "taxRegistrationEntry.legalAddress.stateOrRegion",
            "Country", "taxRegistrationEntry.legalAddress.countryCode");

    private static final String TYPES = Arrays.stream(TaxRegistrationType.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private TaxRules() {
    }

    public static boolean needsStateOrRegion(@Nullable String countryCode) {
        return countryCode != null && STATE_OR_REGION_REQUIRED.contains(countryCode.strip().toUpperCase());
    }

    /**
     * The registration as AWS would take it, trimmed; or an {@link InvalidInputException} naming the form's field
     * and what it expects.
     */
    public static TaxRegistration checked(TaxRegistration input) {
        var country = CountryCode.parse("Country", input.countryCode());
        var type = TextInput.required("Registration type", input.registrationType(), 10);
        if (Arrays.stream(TaxRegistrationType.values()).noneMatch(t -> t.name().equals(type))) {
            throw new InvalidInputException("Registration type", "Registration type " + type + " is not one the"
                    + " Tax Settings API takes: use one of " + TYPES + ".");
        }
        var id = TextInput.required("Registration id", input.registrationId(), 60);
        var legalName = TextInput.required("Legal name", input.legalName(), 200);
        var address = TextInput.required("Address", input.addressLine1(), 180);
        var city = TextInput.required("City", input.city(), 50);
        var postalCode = TextInput.required("Postal code", input.postalCode(), 20);
        var state = needsStateOrRegion(country)
                ? requiredState(input.stateOrRegion(), country)
                : TextInput.optional("State or region", input.stateOrRegion(), 50);
        return new TaxRegistration(type, id, legalName, address, city, postalCode, state, country);
    }

    private static String requiredState(@Nullable String input, String country) {
        var state = TextInput.optional("State or region", input, 50);
        if (state == null) {
            throw new InvalidInputException("State or region", "State or region is required for a registration in "
                    + country + ": AWS asks for it in Canada, India, the United Arab Emirates, Romania and Brazil."
                    + " Enter it as the AWS Tax Settings page names it.");
        }
        return state;
    }

    /** The request member AWS names when it refuses the registration, as in its ValidationException. */
    public static Optional<String> refusedMember(TaxRegistration input) {
        try {
            checked(input);
            return Optional.empty();
        } catch (InvalidInputException refused) {
            return Optional.of(MEMBERS.getOrDefault(refused.field(), "taxRegistrationEntry"));
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
