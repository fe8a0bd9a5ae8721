package com.onboarding.console.customers.ui;

import com.onboarding.console.base.domain.FieldKey;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.domain.TextInput;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerFilter;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The customers list's filters as the address keeps them, so that a filtered list can be bookmarked and shared,
 * e.g. {@code customers?phase=2&status=has_failed_steps}. A value the list cannot show (a phase that does not
 * exist, a CSM who is gone, a status misspelt) is dropped, and the list shows everything in its place.
 */
record CustomerListUrl(@Nullable String text, @Nullable Long csmUserId, @Nullable Integer phase,
        CustomerFilter.@Nullable Status status, boolean archived, boolean mine) {

    /** The query parameters, each named once. */
    enum Param implements FieldKey {
        TEXT("q", "Search"),
        CSM("csm", "CSM"),
        PHASE("phase", "Phase"),
        STATUS("status", "Status"),
        ARCHIVED("archived", "Show archived"),
        MINE("mine", "My customers");

        private final String key;
        private final String label;

        Param(String key, String label) {
            this.key = key;
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    private static final String YES = "true";

    /** The filters in {@code query}, each kept only when it names something the list has. */
    static CustomerListUrl read(QueryParameters query, Collection<Integer> phases, Collection<Long> csmIds) {
        var params = query.getParameters();
        return new CustomerListUrl(text(first(params, Param.TEXT)),
                number(first(params, Param.CSM)).filter(csmIds::contains).orElse(null),
                number(first(params, Param.PHASE)).map(Long::intValue).filter(phases::contains).orElse(null),
                status(first(params, Param.STATUS)), YES.equals(first(params, Param.ARCHIVED)),
                YES.equals(first(params, Param.MINE)));
    }

    /** The parameters of these filters; one left at its default is left out. */
    QueryParameters query() {
        var params = new LinkedHashMap<String, List<String>>();
        put(params, Param.TEXT, text == null || text.isBlank() ? null : text.strip());
        put(params, Param.CSM, csmUserId == null ? null : csmUserId.toString());
        put(params, Param.PHASE, phase == null ? null : phase.toString());
        put(params, Param.STATUS, status == null ? null : status.name().toLowerCase(Locale.ROOT));
        put(params, Param.ARCHIVED, archived ? YES : null);
        put(params, Param.MINE, mine ? YES : null);
        return new QueryParameters(params);
    }

    private static void put(Map<String, List<String>> params, Param param, @Nullable String value) {
        if (value != null) {
            params.put(param.key, List.of(value));
        }
    }

    private static @Nullable String first(Map<String, List<String>> params, Param param) {
        var values = params.get(param.key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** A search text as the search field would take it, or none. */
    private static @Nullable String text(@Nullable String value) {
        try {
            return TextInput.optional(Param.TEXT, value, Customer.NAME_MAX);
        } catch (InvalidInputException unusable) {
            return null;
        }
    }

    private static Optional<Long> number(@Nullable String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }

    private static CustomerFilter.@Nullable Status status(@Nullable String value) {
        return Arrays.stream(CustomerFilter.Status.values())
                .filter(s -> s.name().equalsIgnoreCase(value)).findFirst().orElse(null);
    }
}
