package com.onboarding.console.aws.ui;

import com.onboarding.console.aws.sandbox.SandboxAccount;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.stream.Stream;

/** A sandbox account as one card of the accounts list on a phone. */
final class SandboxAccountCard {

    private SandboxAccountCard() {
    }

    /** An account on a phone: its id and root user, and what the customer has set up in it. */
    static LitRenderer<SandboxAccount> renderer() {
        return LitRenderer.<SandboxAccount>of("""
                <div class="list-card">
                  <span class="account-id">${item.id}</span>
                  <span class="cell-wrap">${item.email} · MFA ${item.mfa}</span>
                  <span class="cell-wrap card-secondary">${item.setUp}</span>
                </div>""")
                .withProperty("id", SandboxAccount::accountId)
                .withProperty("email", SandboxAccount::rootEmail)
                .withProperty("mfa", a -> a.rootMfa() ? "on" : "off")
                .withProperty("setUp", a -> String.join(", ", Stream.of(a.adminUsers(), a.roles(), a.buckets(),
                        a.reportDefinitions()).flatMap(List::stream).toList()));
    }
}
