package com.onboarding.console.aws.sandbox;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one simulated account holds, as the sandbox view shows it.
 *
 * @param taxRegistrationId the registration id of its tax registration, if any
 * @param pendingFailures the failures still to be played, e.g. "2 x THROTTLED", if any
 */
public record SandboxAccount(String accountId, String rootEmail, boolean rootMfa, List<String> adminUsers,
        List<String> roles, List<String> buckets, List<String> reportDefinitions, @Nullable String taxRegistrationId,
        @Nullable String pendingFailures) {
}
