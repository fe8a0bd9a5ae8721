package com.onboarding.console.customers.service;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param rootEmailTemplate the root email address the reseller gives a customer's management account;
 *     {accountId} and {name} (the customer's name as lower-case letters and digits) are filled in
 */
@ConfigurationProperties("console.customers")
public record CustomerSettings(String rootEmailTemplate) {

    public CustomerSettings {
        if (rootEmailTemplate == null || rootEmailTemplate.isBlank()) {
            rootEmailTemplate = "aws+{accountId}@reseller.example";
        }
    }
}
