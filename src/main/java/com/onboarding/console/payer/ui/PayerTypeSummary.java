package com.onboarding.console.payer.ui;

import com.onboarding.console.payer.domain.PayerAnswer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;

/**
 * A payer answer at a glance: what was asked, the payer type and why. Used by the FAQ, and meant for any
 * page that shows a customer's payer type, e.g. {@code new PayerTypeSummary("Payer type",
 * payerLookup.forCustomer(customerId))}.
 */
public class PayerTypeSummary extends Div {

    public PayerTypeSummary(String title, PayerAnswer answer) {
        var heading = new Span(title);
        heading.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var summary = new Span(answer.summary());
        summary.addClassNames("payer-summary", LumoUtility.FontWeight.SEMIBOLD);
        var explanation = new Span(answer.explanation());
        explanation.addClassNames("payer-explanation", LumoUtility.FontSize.SMALL);
        add(heading, summary, explanation);
        addClassNames("payer-type-summary", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL, LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Background.CONTRAST_5);
        getElement().setAttribute("data-payer-type", answer.type().name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("role", "status");
    }
}
