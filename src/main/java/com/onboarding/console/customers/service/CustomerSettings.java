package com.onboarding.console.customers.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rootEmailTemplate the root email address the reseller gives a customer's management account;
 *     {accountId} and {name} (the customer's name as lower-case letters and digits) are filled in
 */
@ConfigurationProperties("console.customers")
public record CustomerSettings(@DefaultValue("aws+{accountId}@reseller.example") String rootEmailTemplate) {

    public CustomerSettings {
        if (rootEmailTemplate.isBlank()) {
            throw new IllegalArgumentException("console.customers.root-email-template is empty: set it, such as"
                    + " aws+{accountId}@your-company.example, or leave it out.");
        }
    }
}
