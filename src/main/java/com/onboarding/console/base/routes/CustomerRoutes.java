package com.onboarding.console.base.routes;

import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;

/**
 * Where a customer's pages are: every route and link to a checklist or a customer's policy or people page
 * comes from here, so that the address is written once.
 */
public final class CustomerRoutes {

    /** The route parameter that carries the customer's id. */
    public static final String CUSTOMER_ID = "customerId";

    /** The checklist view's route template. */
    public static final String CHECKLIST = "customers/:" + CUSTOMER_ID;

    /** The customer's platform role policy page. */
    public static final String POLICY = CHECKLIST + "/policy";

    /** The customer's people: its users and open invitations. */
    public static final String PEOPLE = CHECKLIST + "/people";

    private CustomerRoutes() {
    }

    /** The customer id of an address, or empty when it holds none or no number (customers/abc). */
    public static Optional<Long> customerId(RouteParameters parameters) {
        try {
            return parameters.get(CUSTOMER_ID).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The path of a customer's checklist, relative to the console's root, e.g. "customers/7". */
    public static String checklist(long customerId) {
        return "customers/" + customerId;
    }

    /** The path of a customer's policy page. */
    public static String policy(long customerId) {
        return checklist(customerId) + "/policy";
    }

    /** The path of a customer's people page. */
    public static String people(long customerId) {
        return checklist(customerId) + "/people";
    }
}
