package com.onboarding.console.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.aws.TestAwsSettings;
import java.net.URI;
import java.util.HashMap;

/**
 * A stand-in AWS on WireMock where every request takes a fixed time: each of the given accounts answers for
 * itself, as its onboarding left it, over the SDK's real wire formats ({@link AccountAnswers}).
 */
final class SlowAws implements AutoCloseable {

    private static final String[] SERVICES = {"iam", "sts", "organizations", "s3", "cur", "taxsettings"};

    private final AccountAnswers answers;
    private final WireMockServer server;

    SlowAws(int delayMillis, Iterable<BenchAccount> accounts) {
        // The answers depend on the role names and the bucket prefix, not on the endpoints, known only once started.
        answers = new AccountAnswers(accounts, TestAwsSettings.defaults(), delayMillis);
        // Enough server threads that the console's parallel checks are never queued behind each other.
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(64)
                .disableRequestJournal().extensions(answers));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(ok().withTransformers(AccountAnswers.NAME)));
    }

    /** The settings with every AWS service pointed at this server. */
    AwsSettings settings() {
        var endpoints = new HashMap<String, URI>();
        for (var service : SERVICES) {
            endpoints.put(service, URI.create(server.baseUrl()));
        }
        return TestAwsSettings.withEndpoints(TestAwsSettings.defaults(), endpoints);
    }

    /** Lets the credentials (temporary ones, as staff paste them) act in the account. */
    void issue(TemporaryCredentials credentials, String accountId) {
        answers.issue(credentials.accessKeyId(), accountId);
    }

    @Override
    public void close() {
        server.stop();
    }
}
