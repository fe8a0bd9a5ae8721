package com.onboarding.console.aws;

/**
 * Temporary credentials an OPS user pasted for one customer's management account. Held in memory for that
 * user's session only; never written to the database or a log, so toString shows the key id alone.
 */
public record TemporaryCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {

    @Override
    public String toString() {
        return "TemporaryCredentials[" + accessKeyId + ", secret and token hidden]";
    }
}
