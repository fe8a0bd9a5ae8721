package com.onboarding.console.aws.ui;

import com.onboarding.console.aws.sandbox.SandboxAccount;
import com.onboarding.console.base.domain.EmailAddress;
import com.onboarding.console.base.ui.SearchField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The sandbox accounts list's filters: a search over account id and root email, the root user's MFA, and the
 * accounts whose next calls are set to fail. The sandbox holds few accounts, so they narrow the list in memory.
 */
final class SandboxAccountFilters extends HorizontalLayout {

    /** The root user's MFA as the filter asks for it; no choice shows both. */
    enum RootMfa {
        ON("On", true),
        OFF("Off", false);

        private final String label;
        private final boolean enabled;

        RootMfa(String label, boolean enabled) {
            this.label = label;
            this.enabled = enabled;
        }

        String label() {
            return label;
        }
    }

    private final TextField text = SearchField.create("Search", "Account id or root email");
    private final Select<RootMfa> mfa = new Select<>();
    private final Checkbox failing = new Checkbox("Only accounts with failures to come");

    SandboxAccountFilters() {
        text.setMaxLength(EmailAddress.MAX_LENGTH);
        text.setId("sandbox-search");

        mfa.setLabel("Root MFA");
        mfa.setItems(RootMfa.values());
        // The select labels its empty choice with the generator too.
        mfa.setItemLabelGenerator(choice -> choice == null ? "Any" : choice.label());
        mfa.setEmptySelectionAllowed(true);
        mfa.setId("sandbox-mfa-filter");

        failing.setId("sandbox-failing-only");

        add(text, mfa, failing);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName(LumoUtility.FlexWrap.WRAP);
    }

    /** Tells {@code listener} whenever a person changes a filter. */
    void addChangeListener(Runnable listener) {
        text.addValueChangeListener(e -> listener.run());
        mfa.addValueChangeListener(e -> listener.run());
        failing.addValueChangeListener(e -> listener.run());
    }

    /** Whether {@code account} passes every filter in use. */
    boolean matches(SandboxAccount account) {
        var search = text.getValue().strip().toLowerCase(Locale.ROOT);
        return (search.isEmpty() || account.accountId().contains(search)
                        || account.rootEmail().toLowerCase(Locale.ROOT).contains(search))
                && (mfa.getValue() == null || mfa.getValue().enabled == account.rootMfa())
                && (!failing.getValue() || account.pendingFailures() != null);
    }

    /** How many filters are in use, for the folded panel's summary. */
    int activeCount() {
        return (int) Stream.of(!text.getValue().isBlank(), mfa.getValue() != null, failing.getValue())
                .filter(Boolean::booleanValue).count();
    }
}
