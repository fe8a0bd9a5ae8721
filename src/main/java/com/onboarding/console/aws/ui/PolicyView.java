package com.onboarding.console.aws.ui;

import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.PolicyDocuments;
import com.onboarding.console.aws.RoleSpec;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.customers.service.CustomerService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;

/**
 * The policy for the Platform: the platform role's trust policy and permissions policy, for one customer (their
 * account and ExternalId filled in) or generic with placeholders for the FAQ. The customer's page is open to staff
 * and that customer's users; CustomerService checks which.
 */
@Route("policy")
@RouteAlias(CustomerRoutes.POLICY)
@PageTitle("Policy for the Platform | AWS Onboarding Console")
@PermitAll
public class PolicyView extends VerticalLayout implements BeforeEnterObserver {

    private final CustomerService customers;
    private final PolicyDocuments policies;
    private final AwsSettings settings;

    PolicyView(CustomerService customers, PolicyDocuments policies, AwsSettings settings) {
        this.customers = customers;
        this.policies = policies;
        this.settings = settings;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2("The policy for the Platform"));
        if (event.getRouteParameters().get(CustomerRoutes.CUSTOMER_ID).isPresent()
                && CustomerRoutes.customerId(event.getRouteParameters()).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var customerId = CustomerRoutes.customerId(event.getRouteParameters());
        if (customerId.isEmpty()) {
            add(new Paragraph("The role " + settings.platformRoleName() + " that the onboarding creates in your"
                    + " management account lets the Platform (AWS account " + settings.platformAccountId()
                    + ") read billing and cost data, and nothing else. " + PolicyDocuments.EXTERNAL_ID_PLACEHOLDER
                    + " and " + PolicyDocuments.ACCOUNT_ID_PLACEHOLDER + " stand for your ExternalId and your"
                    + " management account id."));
            show(policies.genericPlatformRole(), "generic");
            return;
        }
        try {
            var customer = customers.get(customerId.get());
            add(new Paragraph("The role " + settings.platformRoleName() + " in the management account "
                    + customer.getAccountId() + " of " + customer.getName() + ": the Platform (AWS account "
                    + settings.platformAccountId() + ") may assume it only with the ExternalId "
                    + customer.getExternalId() + ", and may read billing and cost data, and nothing else."));
            show(policies.platformRole(customer.getAccountId(), customer.getExternalId()), customer.getAccountId());
        } catch (AccessDeniedException | InvalidInputException e) {
            // Another customer's policy is answered like a missing one: its existence is not revealed.
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(RoleSpec role, String suffix) {
        section("Trust policy", "trust-policy", role.trustPolicy(), role.roleName() + "-trust-" + suffix + ".json");
        section("Permissions policy (" + role.policyName() + ")", "permissions-policy", role.permissionsPolicy(),
                role.policyName() + "-" + suffix + ".json");
    }

    private void section(String title, String id, String json, String fileName) {
        var pretty = PolicyDocuments.pretty(json);
        var pre = new Pre(pretty);
        pre.setId(id);
        pre.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Overflow.AUTO);
        pre.setWidthFull();
        var bytes = pretty.getBytes(StandardCharsets.UTF_8);
        var download = new Anchor(DownloadHandler.fromInputStream(transfer -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, "application/json", bytes.length)), "Download " + fileName);
        download.setId(id + "-download");
        download.setDownload(true);
        add(new H3(title), pre, download);
    }
}
