package com.onboarding.console.payer.service;

import com.onboarding.console.payer.domain.ConsolidatedPayer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reseller's consolidated payer accounts, so that another reseller can run the console with its own.
 *
 * @param consolidated {@code console.payers.consolidated[0].id=...}, {@code ...[0].name=...}
 */
@ConfigurationProperties("console.payers")
public record PayerSettings(List<ConsolidatedPayer> consolidated) {

    static final List<ConsolidatedPayer> DEFAULT_PAYERS = List.of(
            new ConsolidatedPayer("561602220360", "doitintl-payer-01"),
            new ConsolidatedPayer("017920819041", "doitintl-payer-02"),
            new ConsolidatedPayer("279843869311", "doitintl-payer-07"));

    public PayerSettings {
        consolidated = consolidated == null || consolidated.isEmpty() ? DEFAULT_PAYERS : List.copyOf(consolidated);
        var ids = new HashSet<String>();
        for (var payer : consolidated) {
            if (!ids.add(payer.id())) {
                throw new IllegalArgumentException("consolidated payer " + payer.id() + " is configured twice");
            }
        }
    }

    public Optional<ConsolidatedPayer> find(String accountId) {
        return consolidated.stream().filter(p -> p.id().equals(accountId)).findFirst();
    }
}
