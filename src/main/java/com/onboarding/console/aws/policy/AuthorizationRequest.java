package com.onboarding.console.aws.policy;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One request as IAM evaluates it: the action, the resource's ARN, who asks (for resource-based policies such as
 * trust and bucket policies; none for a policy attached to the caller) and the request's condition keys.
 */
public record AuthorizationRequest(String action, String resource, @Nullable Principal principal,
        Map<String, String> context) {

    public AuthorizationRequest {
        // Condition key names are case-insensitive.
        var keys = new TreeMap<String, String>();
        context.forEach((key, value) -> keys.put(key.toLowerCase(Locale.ROOT), value));
        context = Map.copyOf(keys);
    }

    /** A request under a policy attached to the caller. */
    public static AuthorizationRequest of(String action, String resource) {
        return new AuthorizationRequest(action, resource, null, Map.of());
    }

    @Nullable String contextValue(String key) {
        return context.get(key.toLowerCase(Locale.ROOT));
    }
}
