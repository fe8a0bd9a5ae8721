package com.onboarding.console.aws.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.AwsResult;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.IdentityPort;
import com.onboarding.console.aws.RolePropagations;
import com.onboarding.console.aws.TestAwsSettings;
import com.onboarding.console.aws.credentials.ConsoleIdentityService;
import com.onboarding.console.aws.sandbox.TestSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's own AWS identity, and the warning when it is not in the platform account. */
class ConsoleIdentityTest {

    private final AwsSettings settings = TestAwsSettings.defaults();
    private AwsStubs stubs;
    private SdkAws sdk;

    @BeforeEach
    void start() {
        stubs = new AwsStubs();
        sdk = new SdkAws(stubs.settings(settings), new AwsCallMetrics(new SimpleMeterRegistry()),
                AwsStubs.CONSOLE_IDENTITY);
    }

    @AfterEach
    void stop() {
        sdk.close();
        stubs.stop();
    }

    @Test
    void anIdentityOutsideThePlatformAccountIsWarnedAbout() {
        callerIdentity("999988887777", "arn:aws:iam::999988887777:user/deployer");

        var status = service(SdkParts.of(sdk).identity()).status();

        assertThat(status).isEqualTo(AwsResult.differs("The console acts as arn:aws:iam::999988887777:user/deployer"
                + " in account 999988887777, not in the platform account 123456789012"
                + " (console.aws.platform-account-id): every AssumeRole into a customer's platform role will be"
                + " refused."));
        // Signed with the console's own identity, not with any customer's credentials.
        stubs.server("sts").verify(
                postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity"))
                .withHeader("Authorization", containing("Credential=AKIACONSOLE234567ABC/")));
    }

    @Test
    void anIdentityInThePlatformAccountIsFine() {
        callerIdentity("123456789012", "arn:aws:sts::123456789012:assumed-role/console/i-1");

        assertThat(service(SdkParts.of(sdk).identity()).status()).isEqualTo(AwsResult.ok("The console acts as"
                + " arn:aws:sts::123456789012:assumed-role/console/i-1, in the platform account 123456789012."));
    }

    @Test
    void theSandboxConsoleIsInThePlatformAccount() {
        var sandbox = TestSandbox.create(settings, new AwsCallMetrics(new SimpleMeterRegistry()),
                RolePropagations.noDelay(), Clock.systemUTC());

        assertThat(service(sandbox.ports().identity()).status().ok()).isTrue();
    }

    private ConsoleIdentityService service(IdentityPort identity) {
        return new ConsoleIdentityService(identity, settings);
    }

    private void callerIdentity(String account, String arn) {
        stubs.queryOk("GetCallerIdentity", "<Arn>" + arn + "</Arn><UserId>AIDATEST</UserId><Account>" + account
                + "</Account>");
    }
}
