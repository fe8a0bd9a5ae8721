package com.onboarding.console.aws.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsBlockTest {

    private static final String KEY_ID = "ASIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE/TOKEN+with/slashes==";
    private static final CredentialsBlock ALL = new CredentialsBlock(KEY_ID, SECRET, TOKEN);

    @Test
    void readsTheLabelledLinesTheSandboxPrints() {
        assertThat(CredentialsBlock.parse("Access key id: " + KEY_ID + "\nSecret access key: " + SECRET
                + "\nSession token: " + TOKEN)).contains(ALL);
    }

    @Test
    void readsShellVariablesOfLinuxMacAndWindows() {
        assertThat(CredentialsBlock.parse("export AWS_ACCESS_KEY_ID=" + KEY_ID + "\nexport AWS_SECRET_ACCESS_KEY=\""
                + SECRET + "\"\nexport AWS_SESSION_TOKEN='" + TOKEN + "'\n")).contains(ALL);
        assertThat(CredentialsBlock.parse("set AWS_ACCESS_KEY_ID=" + KEY_ID + "\r\nset AWS_SECRET_ACCESS_KEY="
                + SECRET + "\r\nset AWS_SESSION_TOKEN=" + TOKEN)).contains(ALL);
        assertThat(CredentialsBlock.parse("$Env:AWS_ACCESS_KEY_ID=\"" + KEY_ID + "\"\n$Env:AWS_SECRET_ACCESS_KEY=\""
                + SECRET + "\"\n$Env:AWS_SESSION_TOKEN=\"" + TOKEN + "\"")).contains(ALL);
    }

    @Test
    void readsACredentialsFileProfile() {
        assertThat(CredentialsBlock.parse("[123456789012_AdministratorAccess]\naws_access_key_id = " + KEY_ID
                + "\naws_secret_access_key = " + SECRET + "\naws_session_token = " + TOKEN)).contains(ALL);
    }

    @Test
    void readsTheJsonOfExportCredentialsAndOfGetSessionToken() {
        assertThat(CredentialsBlock.parse("""
                {
                  "Version": 1,
                  "AccessKeyId": "%s",
                  "SecretAccessKey": "%s",
                  "SessionToken": "%s",
                  "Expiration": "2026-12-03T12:00:00+00:00"
                }""".formatted(KEY_ID, SECRET, TOKEN))).contains(ALL);
        assertThat(CredentialsBlock.parse("""
                {"Credentials": {"AccessKeyId": "%s", "SecretAccessKey": "%s", "SessionToken": "%s",
                 "Expiration": "2026-12-03T12:00:00Z"}}""".formatted(KEY_ID, SECRET, TOKEN))).contains(ALL);
    }

    @Test
    void takesWhatIsThereAndLeavesTheRestToTheChecks() {
        assertThat(CredentialsBlock.parse("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"
                + "export AWS_SECRET_ACCESS_KEY=" + SECRET))
                .contains(new CredentialsBlock("AKIAIOSFODNN7EXAMPLE", SECRET, null));
        assertThat(CredentialsBlock.parse("export AWS_REGION=eu-central-1\nexport AWS_PROFILE=dev")).isEmpty();
        assertThat(CredentialsBlock.parse("{\"AccessKeyId\": ")).as("broken JSON").isEmpty();
        assertThat(CredentialsBlock.parse("just some words")).isEmpty();
        assertThat(CredentialsBlock.parse("  ")).isEmpty();
        assertThat(CredentialsBlock.parse(null)).isEmpty();
    }
}
