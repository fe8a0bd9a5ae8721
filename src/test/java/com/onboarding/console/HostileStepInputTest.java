package com.onboarding.console;

import static com.onboarding.console.HostileInputTest.HOSTILE;
import static com.onboarding.console.HostileInputTest.assertRefused;
import static com.onboarding.console.HostileInputTest.notOneLine;
import static com.onboarding.console.checklist.Steps.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.FiledTaxRegistration;
import com.onboarding.console.aws.TaxPort;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.PhaseLine;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The texts typed while working a checklist (the note of a confirmation, the SPP relationship id, the reason
 * to open a phase early, every field of the tax registration form) with hostile text: refused at the field with
 * nothing recorded, in the console or in AWS, or kept exactly as typed, in the console and at AWS.
 */
class HostileStepInputTest extends ConsoleTest {

    private static final TaxRegistration VALID_TAX = new TaxRegistration("VAT", "DE123456789", "Hostile Test GmbH",
            "Hauptstrasse 1", "Berlin", "10115", null, "DE");

    private record TaxField(String label, BiFunction<TaxRegistration, String, TaxRegistration> with,
            Function<TaxRegistration, @Nullable String> read) {
    }

    private static final List<TaxField> TAX_FIELDS = List.of(
            new TaxField("Registration type", (r, v) -> new TaxRegistration(v, r.registrationId(), r.legalName(),
                    r.addressLine1(), r.city(), r.postalCode(), r.stateOrRegion(), r.countryCode()),
                    TaxRegistration::registrationType),
            new TaxField("Registration id", (r, v) -> new TaxRegistration(r.registrationType(), v, r.legalName(),
                    r.addressLine1(), r.city(), r.postalCode(), r.stateOrRegion(), r.countryCode()),
                    TaxRegistration::registrationId),
            new TaxField("Legal name", (r, v) -> new TaxRegistration(r.registrationType(), r.registrationId(), v,
                    r.addressLine1(), r.city(), r.postalCode(), r.stateOrRegion(), r.countryCode()),
                    TaxRegistration::legalName),
            new TaxField("Address", (r, v) -> new TaxRegistration(r.registrationType(), r.registrationId(),
                    r.legalName(), v, r.city(), r.postalCode(), r.stateOrRegion(), r.countryCode()),
                    TaxRegistration::addressLine1),
            new TaxField("City", (r, v) -> new TaxRegistration(r.registrationType(), r.registrationId(),
                    r.legalName(), r.addressLine1(), v, r.postalCode(), r.stateOrRegion(), r.countryCode()),
                    TaxRegistration::city),
            new TaxField("Postal code", (r, v) -> new TaxRegistration(r.registrationType(), r.registrationId(),
                    r.legalName(), r.addressLine1(), r.city(), v, r.stateOrRegion(), r.countryCode()),
                    TaxRegistration::postalCode),
            new TaxField("State or region", (r, v) -> new TaxRegistration(r.registrationType(), r.registrationId(),
                    r.legalName(), r.addressLine1(), r.city(), r.postalCode(), v, r.countryCode()),
                    TaxRegistration::stateOrRegion),
            new TaxField("Country", (r, v) -> new TaxRegistration(r.registrationType(), r.registrationId(),
                    r.legalName(), r.addressLine1(), r.city(), r.postalCode(), r.stateOrRegion(), v),
                    TaxRegistration::countryCode));

    @Autowired
    private ChecklistService checklists;

    @Autowired
    private CustomerService customers;

    @Autowired
    private SandboxAws sandbox;
    @Autowired
    private TaxPort tax;

    @BeforeEach
    void asOps() {
        runAs("ops");
    }

    @Test
    void confirmationNotesTakeHostileTextExactlyOrRefuseItWithTheStepOpen() {
        long id = fixture().customer("Hostile note").id();
        checklists.overrideGate(id, 2, "The customer's phase 1 is done by phone.");
        for (var hostile : HOSTILE) {
            var version = Steps.version(checklists, id, "2.1");
            var refusal = catchThrowable(() -> checklists.confirm(id, code("2.1"), version, hostile));
            var after = Steps.line(checklists, id, "2.1");
            if (refusal == null) {
                assertThat(after.status()).isEqualTo(StepStatus.DONE);
                assertThat(after.message()).as("note kept as typed").isEqualTo(hostile.strip());
                checklists.reopen(id, code("2.1"), after.version(), "Confirmed again below.");
            } else {
                assertRefused(refusal, "Note", hostile);
                assertThat(after.status()).as("nothing changed").isEqualTo(StepStatus.TODO);
                assertThat(after.version()).isEqualTo(version);
            }
        }
    }

    /** 2.5 asks for the SPP relationship id: nothing but Partner Central's form is taken, at that field. */
    @Test
    void relationshipIdsRefuseHostileTextAtTheirFieldWithTheStepOpen() {
        long id = fixture().customer("Hostile SPP").id();
        checklists.overrideGate(id, 2, "The customer's phase 1 is done by phone.");
        var hostiles = new ArrayList<>(HOSTILE);
        hostiles.addAll(List.of("", "   ", "rs-0A1B2C3D4E5F6", "rs-0a1b2c3d4e5f", "rs-0a1b\n2c3d4e5",
                "rs-0a1b2c3d4\u200Be5f6", "pma-0a1b2c3d4e5f6"));
        for (var hostile : hostiles) {
            var version = Steps.version(checklists, id, "2.5");
            var refusal = catchThrowable(() -> checklists.confirm(id, code("2.5"), version, null, hostile));
            assertRefused(refusal, "SPP relationship id", hostile);
            var after = Steps.line(checklists, id, "2.5");
            assertThat(after.status()).as("nothing changed").isEqualTo(StepStatus.TODO);
            assertThat(after.version()).isEqualTo(version);
            assertThat(after.input()).isNull();
        }
        checklists.confirm(id, code("2.5"), Steps.version(checklists, id, "2.5"), null, " rs-0a1b2c3d4e5f6 ");
        assertThat(Steps.line(checklists, id, "2.5").input()).isEqualTo("rs-0a1b2c3d4e5f6");
    }

    @Test
    void gateOverrideReasonsTakeHostileTextExactlyOrRefuseItWithThePhaseClosed() {
        for (var hostile : HOSTILE) {
            long id = fixture().customer("Hostile gate").id();
            var refusal = catchThrowable(() -> checklists.overrideGate(id, 2, hostile));
            var phase = phase(id, 2);
            if (refusal == null) {
                assertThat(phase.open()).isTrue();
                assertThat(phase.override()).isNotNull().extracting(PhaseLine.Override::reason)
                        .as("reason kept as typed").isEqualTo(hostile.strip());
            } else {
                assertRefused(refusal, "Reason", hostile);
                assertThat(phase.open()).as("nothing changed").isFalse();
                assertThat(phase.override()).isNull();
            }
        }
    }

    /**
     * Refused, the step stays open and AWS and the customer keep the registration they had; taken, AWS files it
     * exactly as typed and the customer records it.
     */
    @Test
    void taxRegistrationsTakeHostileTextExactlyOrRefuseItWithNothingSentToAws() {
        var customer = fixture().customer("Hostile tax");
        long id = customer.id();
        checklists.overrideGate(id, 3, "The customer signed the reseller agreement early.");
        for (var field : TAX_FIELDS) {
            for (var hostile : HOSTILE) {
                var registration = field.with().apply(VALID_TAX, hostile);
                var version = Steps.version(checklists, id, "3.2");
                var filedBefore = filed(customer);
                var recordedBefore = customers.get(id).getTaxRegistrationId();
                var refusal = catchThrowable(() -> {
                    var result = checklists.run(id, code("3.2"), version, registration,
                            sandbox.issueCredentials(customer.getAccountId())).join();
                    assertThat(result.ok()).as(result.message()).isTrue();
                });
                var after = Steps.line(checklists, id, "3.2");
                if (notOneLine(hostile)) {
                    assertThat(refusal).as("%s is a single line", field.label()).isNotNull();
                }
                if (refusal == null) {
                    assertThat(filed(customer)).hasValueSatisfying(filed -> assertThat(field.read()
                            .apply(filed.registration())).as("%s filed as typed", field.label())
                            .isEqualTo(hostile.strip()));
                    var recorded = customers.get(id);
                    assertThat(recorded.getTaxRegistrationId()).isEqualTo(registration.registrationId().strip());
                    assertThat(recorded.getTaxLegalName()).isEqualTo(registration.legalName().strip());
                    checklists.reopen(id, code("3.2"), after.version(), "Set again below.");
                } else {
                    assertRefused(refusal, field.label(), hostile);
                    assertThat(after.status()).as("nothing changed").isEqualTo(StepStatus.TODO);
                    assertThat(after.version()).isEqualTo(version);
                    assertThat(filed(customer)).as("nothing sent to AWS").isEqualTo(filedBefore);
                    assertThat(customers.get(id).getTaxRegistrationId()).isEqualTo(recordedBefore);
                }
            }
        }
    }

    private Optional<FiledTaxRegistration> filed(Customer customer) {
        return tax.getTaxRegistration(new AwsTarget(customer.getAccountId(), customer.getExternalId(), "ops",
                sandbox.issueCredentials(customer.getAccountId())));
    }

    private PhaseLine phase(long customerId, int phase) {
        return checklists.page(customerId).phases().stream().filter(p -> p.phase() == phase).findFirst()
                .orElseThrow();
    }
}
