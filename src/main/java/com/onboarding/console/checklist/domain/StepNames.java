package com.onboarding.console.checklist.domain;

import java.util.Map;

/**
 * The concrete names a customer's steps speak of, from configuration and the customer: titles and help say
 * "Create the doitintl_cmp role in 222233334444" rather than "Create the platform role".
 *
 * @param csm the customer success manager's name, or a neutral word when the customer has none
 */
public record StepNames(String account, String rootEmail, String country, String platformRole,
        String platformAccount, String billingRole, String billingAccount, String reportName, String csm) {

    /** Fills the {placeholders} of a catalog text. */
    public String fill(String template) {
        var values = Map.of("{account}", account, "{rootEmail}", rootEmail, "{country}", country,
                "{platformRole}", platformRole, "{platformAccount}", platformAccount, "{billingRole}", billingRole,
                "{billingAccount}", billingAccount, "{reportName}", reportName, "{csm}", csm);
        var text = template;
        for (var value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        return text;
    }
}
