package com.onboarding.console.aws.sdk;

import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.TestAwsSettings;
import com.onboarding.console.checklist.VerificationMismatchContract;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.ChecklistServices;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The mismatches over the SDK's real wire formats, with WireMock answering as AWS does. */
class WireMockVerificationMismatchTest extends VerificationMismatchContract {

    private static AwsStubs stubs;
    private static SdkAws sdk;
    private static AwsSettings settings;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void startAws() {
        stubs = new AwsStubs();
        settings = stubs.settings(TestAwsSettings.defaults());
        sdk = new SdkAws(settings, new AwsCallMetrics(new SimpleMeterRegistry()), AwsStubs.CONSOLE_IDENTITY);
    }

    @AfterAll
    static void stopAws() {
        sdk.close();
        stubs.stop();
    }

    @AfterEach
    void forgetStubs() {
        stubs.resetAll();
    }

    @Override
    protected ChecklistService verifier() {
        return ChecklistServices.withAws(context, SdkParts.of(sdk), settings);
    }

    @Override
    protected void givenOrganization(String managementAccountId, String rootEmail) {
        stubs.organization("o-mismatch", managementAccountId, rootEmail);
    }

    @Override
    protected void givenRootMfa(boolean enabled) {
        stubs.accountSummary(enabled);
    }

    @Override
    protected void givenAdministrator(boolean present) {
        stubs.users(present);
    }

    @Override
    protected void givenTaxRegistrationIn(String countryCode) {
        stubs.taxRegistration(countryCode);
    }
}
