package com.onboarding.console.payer.ui;

import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.base.ui.SearchField;
import com.onboarding.console.payer.domain.ConsolidatedPayer;
import com.onboarding.console.payer.domain.FaqEntry;
import com.onboarding.console.payer.service.FaqService;
import com.onboarding.console.payer.service.PayerLookupService;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.accordion.Accordion;
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The FAQ of the onboarding process with a search, the payer lookup for everyone and, for staff, the lookup
 * of a pasted list. A customer user sees their own payer type first.
 */
@Route("faq")
@PageTitle("FAQ | AWS Onboarding Console")
@Menu(order = 3, icon = "vaadin:question-circle-o", title = "FAQ")
@PermitAll
public class FaqView extends VerticalLayout {

    private final FaqService faq;
    private final Map<String, AccordionPanel> panels = new LinkedHashMap<>();
    private final Accordion accordion = new Accordion();
    private final Span noMatch = new Span("No question matches your search.");

    FaqView(FaqService faq, PayerLookupService payerLookup, CurrentUser currentUser, Clock clock) {
        this.faq = faq;
        var user = currentUser.require();
        setMaxWidth("60rem");
        add(new H2("Frequently asked questions"));
        var customerId = user.customerId();
        if (customerId != null) {
            var own = new PayerTypeSummary("Your payer type", payerLookup.forCustomer(customerId));
            own.setId("own-payer-type");
            add(own);
        }

        var search = SearchField.create(null, "Search the questions and answers");
        search.setId("faq-search");
        search.setAriaLabel("Search the FAQ");
        search.setWidthFull();
        search.addValueChangeListener(e -> filter(e.getValue()));
        noMatch.setId("faq-no-match");
        noMatch.addClassNames(LumoUtility.TextColor.SECONDARY);
        noMatch.setVisible(false);

        for (var entry : faq.entries()) {
            var panel = accordion.add(entry.question(), content(entry, user, payerLookup));
            panels.put(entry.id(), panel);
        }
        accordion.setId("faq");
        accordion.setWidthFull();
        add(search, noMatch, accordion, new PayerLookupForm(payerLookup));
        if (user.isStaff()) {
            add(new BulkPayerLookup(payerLookup, clock));
        }
    }

    private static Component content(FaqEntry entry, AppUserPrincipal user, PayerLookupService payerLookup) {
        var content = new VerticalLayout(new FaqAnswer(entry.answer()));
        content.setPadding(false);
        switch (entry.id()) {
            case FaqService.POLICY -> content.add(policyLink(user));
            case FaqService.PAYER_TYPE -> content.add(payerTable(payerLookup));
            default -> {
                // the answer's text is all there is
            }
        }
        return content;
    }

    /** A customer user's policy page carries their own ExternalId, so it lives under their customer. */
    private static Anchor policyLink(AppUserPrincipal user) {
        var customerId = user.customerId();
        var link = new Anchor(customerId == null ? "policy" : CustomerRoutes.policy(customerId),
                "Open the IAM policy page");
        link.setId("faq-policy-link");
        return link;
    }

    private static Grid<ConsolidatedPayer> payerTable(PayerLookupService payerLookup) {
        var grid = new Grid<ConsolidatedPayer>();
        grid.setId("consolidated-payers");
        grid.addColumn(ConsolidatedPayer::id).setHeader("Payer account ID");
        grid.addColumn(ConsolidatedPayer::name).setHeader("Payer account name");
        grid.setItems(payerLookup.consolidatedPayers());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void filter(String query) {
        var matching = faq.search(query).stream().map(FaqEntry::id).collect(Collectors.toSet());
        panels.forEach((id, panel) -> panel.setVisible(matching.contains(id)));
        noMatch.setVisible(matching.isEmpty());
        // Keep an answer in view: open the first match when the open one was filtered away.
        if (accordion.getOpenedPanel().filter(Component::isVisible).isEmpty()) {
            panels.values().stream().filter(Component::isVisible).findFirst().ifPresent(accordion::open);
        }
    }
}
