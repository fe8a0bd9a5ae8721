package com.onboarding.console.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IAM and bucket policies the console creates for a customer, rendered from the JSON files shipped in
 * {@code src/main/resources/aws}, and the comparison of what AWS holds with them. The SDK calls, the sandbox and
 * the policy page all use these, so what a customer reads is what the console creates.
 */
@Component
public class PolicyDocuments {

    /** Shown in place of a customer's values on the generic policy page. */
    public static final String EXTERNAL_ID_PLACEHOLDER = "{ExternalId}";
    public static final String ACCOUNT_ID_PLACEHOLDER = "{AccountId}";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AwsSettings settings;
    private final String platformTrust = resource("platform-role-trust.json");
    private final String platformPolicy = resource("platform-role-policy.json");
    private final String billingTrust = resource("billing-role-trust.json");
    private final String billingTrustWithoutExternalId = resource("billing-role-trust-without-external-id.json");
    private final String billingPolicy = resource("billing-role-policy.json");
    private final String bucketPolicy = resource("report-bucket-policy.json");
    private final String oldBucketPolicy = resource("report-bucket-policy-old-form.json");

    public PolicyDocuments(AwsSettings settings) {
        this.settings = settings;
    }

    /** Step 2.3: trusted by the Platform's account with the customer's ExternalId, reads billing and the report. */
    public RoleSpec platformRole(String accountId, String externalId) {
        return new RoleSpec("platform role", settings.platformRoleName(),
                fill(platformTrust, accountId, externalId), settings.platformRoleName() + "-policy",
                fill(platformPolicy, accountId, externalId));
    }

    /** Step 2.4: trusted by the reseller's billing account, with the customer's ExternalId unless configured off. */
    public RoleSpec billingRole(String accountId, String externalId) {
        var trust = settings.billingRoleExternalId() ? billingTrust : billingTrustWithoutExternalId;
        return new RoleSpec("billing role", settings.billingRoleName(), fill(trust, accountId, externalId),
                settings.billingRoleName() + "-policy", fill(billingPolicy, accountId, externalId));
    }

    /** Step 2.3 for no customer in particular: placeholders stand for the account and the ExternalId. */
    public RoleSpec genericPlatformRole() {
        return platformRole(ACCOUNT_ID_PLACEHOLDER, EXTERNAL_ID_PLACEHOLDER);
    }

    /** Step 3.5: lets the Cost and Usage Reports service of this account alone write into the bucket. */
    public String reportBucketPolicy(String accountId) {
        return fill(bucketPolicy, accountId, "");
    }

    /**
     * Whether a bucket policy is the one the console wrote before it used ArnLike: aws:SourceArn with its trailing
     * {@code *} under StringEquals, which IAM compares literally. Such buckets are the console's own and are
     * repaired by putting the current policy.
     */
    public boolean isOldReportBucketPolicy(String actual, String accountId) {
        return difference("bucket policy", actual, fill(oldBucketPolicy, accountId, "")).isEmpty();
    }

    private String fill(String template, String accountId, String externalId) {
        return template.replace("{platformAccountId}", settings.platformAccountId())
                .replace("{billingAccountId}", settings.billingAccountId())
                .replace("{platformRoleName}", settings.platformRoleName())
                .replace("{billingRoleName}", settings.billingRoleName())
                .replace("{bucket}", settings.reportName(accountId))
                .replace("{accountId}", accountId)
                .replace("{externalId}", externalId);
    }

    /**
     * Compares a policy AWS holds with the wanted one, ignoring what AWS treats as the same (key order, a single
     * value with or without a list around it, the order of values in a list). Empty when equal, otherwise what
     * differs first, e.g. "trust policy allows account 111122223333, expected 123456789012".
     */
    public static Optional<String> difference(String what, String actual, String wanted) {
        Object have;
        try {
            have = normalize(JSON.readTree(actual));
        } catch (JacksonException e) {
            return Optional.of(what + " is not valid JSON");
        }
        Object want = normalize(JSON.readTree(wanted));
        if (have.equals(want)) {
            return Optional.empty();
        }
        var accounts = differentValues(values(actual, "AWS"), values(wanted, "AWS"));
        if (accounts.isPresent()) {
            return Optional.of(what + " allows " + accounts.get());
        }
        var externalIds = differentValues(values(actual, "sts:ExternalId"), values(wanted, "sts:ExternalId"));
        if (externalIds.isPresent()) {
            return Optional.of(what + " requires ExternalId " + externalIds.get());
        }
        return Optional.of(what + " differs from the console's at " + firstDifference("", have, want));
    }

    /** The document with two-space indentation, for people to read. */
    public static String pretty(String json) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
    }

    private static Optional<String> differentValues(Set<String> actual, Set<String> wanted) {
        if (actual.equals(wanted)) {
            return Optional.empty();
        }
        return Optional.of(describe(actual) + ", expected " + describe(wanted));
    }

    private static String describe(Set<String> values) {
        if (values.isEmpty()) {
            return "none";
        }
        return values.stream().map(PolicyDocuments::accountOf).collect(Collectors.joining(", "));
    }

    /** "arn:aws:iam::111122223333:root" reads better as "account 111122223333". */
    private static String accountOf(String principal) {
        if (principal.matches("arn:aws:iam::[0-9]{12}:root")) {
            return "account " + principal.substring(13, 25);
        }
        return principal.matches("[0-9]{12}") ? "account " + principal : principal;
    }

    private static Set<String> values(String json, String field) {
        var found = new TreeSet<String>();
        try {
            JSON.readTree(json).findValues(field).forEach(node -> collect(node, found));
        } catch (JacksonException e) {
            return found;
        }
        return found;
    }

    private static void collect(JsonNode node, Set<String> into) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, into));
        } else if (node.isValueNode()) {
            into.add(node.asString());
        }
    }

    /** Objects become sorted maps, values and lists of values sorted sets, a list of one its element. */
    private static Object normalize(JsonNode node) {
        if (node.isObject()) {
            var map = new TreeMap<String, Object>();
            node.properties().forEach(e -> map.put(e.getKey(), normalize(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            if (node.valueStream().allMatch(JsonNode::isValueNode)) {
                return node.valueStream().map(JsonNode::asString).collect(Collectors.toCollection(TreeSet::new));
            }
            var list = new ArrayList<Object>();
            node.forEach(element -> list.add(normalize(element)));
            return list.size() == 1 ? list.getFirst() : list;
        }
        return new TreeSet<>(Set.of(node.asString()));
    }

    private static String firstDifference(String path, Object have, Object want) {
        if (have instanceof Map<?, ?> h && want instanceof Map<?, ?> w) {
            for (var key : new TreeSet<>(union(h.keySet(), w.keySet()))) {
                var sub = path.isEmpty() ? key.toString() : path + "." + key;
                if (!h.containsKey(key)) {
                    return sub + " (missing)";
                }
                if (!w.containsKey(key)) {
                    return sub + " (not expected)";
                }
                if (!h.get(key).equals(w.get(key))) {
                    return firstDifference(sub, h.get(key), w.get(key));
                }
            }
        }
        if (have instanceof List<?> h && want instanceof List<?> w && h.size() == w.size()) {
            for (int i = 0; i < h.size(); i++) {
                if (!h.get(i).equals(w.get(i))) {
                    return firstDifference(path + "[" + i + "]", h.get(i), w.get(i));
                }
            }
        }
        if (have instanceof Set<?> h && want instanceof Set<?> w) {
            return path + ": has " + h + ", expected " + w;
        }
        return path.isEmpty() ? "the top level" : path;
    }

    private static Set<Object> union(Set<?> a, Set<?> b) {
        var all = new HashSet<Object>(a);
        all.addAll(b);
        return all;
    }

    private static String resource(String name) {
        try (InputStream in = PolicyDocuments.class.getResourceAsStream("/aws/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Policy file aws/" + name + " is missing from the console");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
