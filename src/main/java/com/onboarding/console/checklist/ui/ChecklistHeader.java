package com.onboarding.console.checklist.ui;

import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.service.ChecklistPage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Locale;

/**
 * The top of the checklist: the customer's name and facts, the ExternalId to copy (staff), its payer type, the
 * overall progress and the page's tools (policy, people, edit, AWS credentials, verify all, timeline). Redrawn only where
 * the page changed.
 */
final class ChecklistHeader extends Div {

    static final String EDIT_CUSTOMER = "edit-customer";
    static final String CREDENTIALS = "aws-credentials";
    static final String VERIFY_ALL = "verify-all";
    static final String TIMELINE = "show-timeline";
    static final String COPY_EXTERNAL_ID = "copy-external-id";
    static final String PASTE_CREDENTIALS = "paste-credentials";

    private final Element name = new Element("h2");
    private final Element facts = new Element("div");
    private final Element toolbar = new Element("div");

    ChecklistHeader() {
        addClassName("checklist-header");
        name.setAttribute("id", "customer-name");
        facts.setAttribute("class", "checklist-facts");
        toolbar.setAttribute("class", "checklist-toolbar");
        getElement().appendChild(name, facts, toolbar);
    }

    void update(ChecklistPage page, boolean pastedCredentials) {
        var title = new Markup().text(page.name());
        if (!title.toString().equals(name.getProperty("innerHTML", ""))) {
            title.into(name);
        }
        var markup = new Markup().raw("<div class=\"checklist-customer\">")
                .text("Management account ").strong(page.accountId())
                .text(" · CSM ").strong(page.csmName() == null ? "none" : page.csmName())
                .text(" · Billing country ").strong(page.billingCountry())
                .text(" · Root email ").strong(page.rootEmail());
        if (page.externalId() != null) {
            markup.text(" · ").raw("<span id=\"external-id\">").text("ExternalId ").strong(page.externalId())
                    .raw("</span> ").button("copy-external-id", COPY_EXTERNAL_ID, null, "Copy", "small tertiary");
        }
        markup.raw("</div><div id=\"payer-type\" class=\"checklist-payer\" data-payer-type=\""
                        + page.payer().type().name().toLowerCase(Locale.ROOT) + "\">")
                .text("Payer type: ").strong(page.payer().summary()).text(" ")
                .span("payer-explanation", page.payer().explanation())
                .raw("</div><div class=\"checklist-progress\">")
                .text(page.completedSteps() + " of " + StepCatalog.STEPS.size() + " steps complete (" + page.percent()
                        + "%) ")
                .progress("overall-progress", page.percent())
                .raw("</div>");
        if (page.noAccess() != null) {
            markup.raw("<div id=\"no-access\" class=\"checklist-no-access\">").text(page.noAccess()).text(" ");
            if (page.awsAccess()) {
                markup.button(PASTE_CREDENTIALS, CREDENTIALS, null, "Paste credentials", "small primary");
            }
            markup.raw("</div>");
        }
        if (!markup.toString().equals(facts.getProperty("innerHTML", ""))) {
            markup.into(facts);
        }
        var tools = new Markup().link(CustomerRoutes.policy(page.customerId()), "Policy for the Platform", false);
        if (page.staff()) {
            tools.link(CustomerRoutes.people(page.customerId()), "People", false);
            tools.button(EDIT_CUSTOMER, EDIT_CUSTOMER, null, "Edit customer", "small tertiary");
        }
        if (page.awsAccess()) {
            tools.button(CREDENTIALS, CREDENTIALS, null,
                    pastedCredentials ? "AWS credentials: pasted" : "AWS credentials: platform role", "small tertiary");
            if (page.noAccess() == null) {
                tools.button(VERIFY_ALL, VERIFY_ALL, null, "Verify all", "small tertiary");
            }
        }
        tools.button(TIMELINE, TIMELINE, null, "Timeline", "small tertiary");
        if (!tools.toString().equals(toolbar.getProperty("innerHTML", ""))) {
            tools.into(toolbar);
        }
    }
}
