package com.onboarding.console.aws.credentials;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Temporary credentials pasted as one block, in the forms people copy them in: the labelled lines the sandbox
 * prints ("Access key id: ..."), shell variables ({@code export AWS_ACCESS_KEY_ID=...}, Windows {@code set} and
 * PowerShell {@code $Env:}), the {@code aws_access_key_id = ...} lines of a credentials file, and the JSON of
 * {@code aws configure export-credentials} or {@code aws sts get-session-token} / {@code assume-role}. Only reads
 * the block: whether the credentials are well formed and valid is {@link CredentialsService}'s to check.
 *
 * @param accessKeyId the access key id found, or null
 * @param secretAccessKey the secret found, or null
 * @param sessionToken the session token found, or null
 */
public record CredentialsBlock(@Nullable String accessKeyId, @Nullable String secretAccessKey,
        @Nullable String sessionToken) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One "name: value" or "name=value" line; the name may carry export, set or $Env:, the value quotes and a
     * trailing semicolon.
     */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:export\\s+|set\\s+|\\$env:)?([A-Za-z_ ]+?)\\s*[:=]\\s*[\"']?([^\"'\\s;]+)[\"']?\\s*;?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** What the block holds; empty when it holds none of the three values. */
    public static Optional<CredentialsBlock> parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var block = text.strip().startsWith("{") ? fromJson(text) : fromLines(text);
        return block.isEmpty() ? Optional.empty() : Optional.of(block);
    }

    private boolean isEmpty() {
        return accessKeyId == null && secretAccessKey == null && sessionToken == null;
    }

    private static CredentialsBlock fromJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return new CredentialsBlock(null, null, null);
        }
        // sts get-session-token and assume-role wrap the values in "Credentials"; export-credentials does not.
        var node = root.has("Credentials") ? root.get("Credentials") : root;
        return new CredentialsBlock(text(node, "AccessKeyId"), text(node, "SecretAccessKey"),
                text(node, "SessionToken"));
    }

    private static @Nullable String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString().strip();
    }

    private static CredentialsBlock fromLines(String text) {
        String keyId = null;
        String secret = null;
        String token = null;
        for (var line : text.split("\\R")) {
            var matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                continue;
            }
            var value = matcher.group(2);
            switch (name(matcher.group(1))) {
                case "accesskeyid" -> keyId = value;
                case "secretaccesskey" -> secret = value;
                case "sessiontoken", "securitytoken" -> token = value;
                default -> { }
            }
        }
        return new CredentialsBlock(keyId, secret, token);
    }

    /** "Access key id", "AWS_ACCESS_KEY_ID" and "aws_access_key_id" are one name. */
    private static String name(String label) {
        var name = label.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
        return name.startsWith("aws") ? name.substring(3) : name;
    }
}
