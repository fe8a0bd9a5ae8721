package com.onboarding.console.aws.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * IAM's evaluation of policy documents: a request is allowed when some statement allows it and none denies it
 * (an explicit Deny wins). Action and NotAction match with IAM's wildcards * and ?, ignoring case; Resource and
 * NotResource with wildcards, case-sensitively; Principal as {@link Principal} explains; Condition with the
 * string, ARN, Bool and Null operators, IfExists included. A StringEquals value is literal: its * matches only
 * a * (the mistake IAM Access Analyzer reports as WILDCARD_WITHOUT_LIKE_OPERATOR).
 */
public final class PolicyEvaluator {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What IAM decides. */
    public enum Decision {
        ALLOW,
        EXPLICIT_DENY,
        IMPLICIT_DENY;

        public boolean allowed() {
            return this == ALLOW;
        }
    }

    private PolicyEvaluator() {
    }

    /** The decision of all these documents together, e.g. a role's inline policies. */
    public static Decision evaluate(List<String> documents, AuthorizationRequest request) {
        var allowed = false;
        for (var document : documents) {
            var decision = evaluate(document, request);
            if (decision == Decision.EXPLICIT_DENY) {
                return decision;
            }
            allowed |= decision == Decision.ALLOW;
        }
        return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    /** @throws IllegalArgumentException when the document is no policy IAM would accept */
    public static Decision evaluate(String document, AuthorizationRequest request) {
        JsonNode policy;
        try {
            policy = JSON.readTree(document);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The policy is not valid JSON: " + e.getMessage(), e);
        }
        var statements = values(policy.get("Statement"));
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("The policy has no Statement.");
        }
        var allowed = false;
        for (var statement : statements) {
            if (!applies(statement, request)) {
                continue;
            }
            var effect = text(statement.get("Effect"));
            if ("Deny".equals(effect)) {
                return Decision.EXPLICIT_DENY;
            }
            if (!"Allow".equals(effect)) {
                throw new IllegalArgumentException("A statement's Effect is " + effect + ", expected Allow or Deny.");
            }
            allowed = true;
        }
        return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    private static boolean applies(JsonNode statement, AuthorizationRequest request) {
        return principalMatches(statement, request.principal())
                && listed(statement, "Action", "NotAction", request.action(), true)
                && listed(statement, "Resource", "NotResource", request.resource(), false)
                && Conditions.hold(statement.get("Condition"), request);
    }

    private static boolean principalMatches(JsonNode statement, @Nullable Principal principal) {
        var element = statement.get("Principal");
        if (principal == null || element == null) {
            // Identity policies have no Principal: they apply to whom they are attached to.
            return principal == null;
        }
        if (element.isString()) {
            return "*".equals(element.asString());
        }
        for (var entry : element.properties()) {
            for (var value : values(entry.getValue())) {
                if (principal.matches(entry.getKey(), value.asString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A statement without either element (a trust policy's Resource) applies to every value. */
    private static boolean listed(JsonNode statement, String element, String notElement, String value,
            boolean ignoreCase) {
        var listed = statement.get(element);
        if (listed != null) {
            return values(listed).stream().anyMatch(pattern -> wildcard(pattern.asString(), value, ignoreCase));
        }
        var excluded = statement.get(notElement);
        return excluded == null
                || values(excluded).stream().noneMatch(pattern -> wildcard(pattern.asString(), value, ignoreCase));
    }

    /** IAM's wildcards: * any characters, ? one character; everything else literal. */
    static boolean wildcard(String pattern, String value, boolean ignoreCase) {
        var regex = new StringBuilder();
        var literal = new StringBuilder();
        for (var c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        var flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile(regex.toString(), flags | Pattern.DOTALL).matcher(value).matches();
    }

    static List<JsonNode> values(@Nullable JsonNode node) {
        var values = new ArrayList<JsonNode>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        return values;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null ? null : node.asString();
    }

    /** The Condition element: every operator and every key in it must hold; any of a key's values may match. */
    private static final class Conditions {

        /** The operators without their Not, in which StringEqualsIgnoreCase and Bool compare ignoring case. */
        private static final Set<String> OPERATORS = Set.of("StringEquals", "StringEqualsIgnoreCase", "StringLike",
                "ArnEquals", "ArnLike", "Bool");

        static boolean hold(@Nullable JsonNode condition, AuthorizationRequest request) {
            if (condition == null) {
                return true;
            }
            for (Map.Entry<String, JsonNode> operator : condition.properties()) {
                for (Map.Entry<String, JsonNode> key : operator.getValue().properties()) {
                    var wanted = values(key.getValue()).stream().map(JsonNode::asString).toList();
                    if (!holds(operator.getKey(), request.contextValue(key.getKey()), wanted)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean holds(String operatorName, @Nullable String actual, List<String> wanted) {
            var name = operatorName.replaceFirst("^For(Any|All)Values:", "");
            var ifExists = name.endsWith("IfExists");
            if (ifExists) {
                name = name.substring(0, name.length() - "IfExists".length());
            }
            if (name.equals("Null")) {
                return wanted.stream().anyMatch(w -> Boolean.parseBoolean(w) == (actual == null));
            }
            var negated = name.contains("Not");
            var positive = name.replace("Not", "");
            if (!OPERATORS.contains(positive)) {
                throw new IllegalArgumentException("The condition operator " + operatorName
                        + " is not supported here; use a String, Arn, Bool or Null operator.");
            }
            if (actual == null) {
                return ifExists || negated;
            }
            var matches = wanted.stream().anyMatch(w -> switch (positive) {
                case "StringEquals" -> w.equals(actual);
                case "StringLike" -> wildcard(w, actual, false);
                case "ArnEquals", "ArnLike" -> arnLike(w, actual);
                default -> w.equalsIgnoreCase(actual);
            });
            return negated != matches;
        }

        /** ARNs match segment by segment, each with wildcards. */
        private static boolean arnLike(String pattern, String arn) {
            var patternParts = pattern.split(":", 6);
            var arnParts = arn.split(":", 6);
            if (patternParts.length != 6 || arnParts.length != 6) {
                return false;
            }
            for (int i = 0; i < 6; i++) {
                if (!wildcard(patternParts[i], arnParts[i], false)) {
                    return false;
                }
            }
            return true;
        }
    }
}
