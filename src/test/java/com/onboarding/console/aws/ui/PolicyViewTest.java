package com.onboarding.console.aws.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.onboarding.console.TestFixture;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Pre;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PolicyViewTest extends KaribuTest {

    @Autowired
    private CustomerService customers;

    @Test
    void showsTheCustomersTrustAndPermissionsPolicyWithDownloads() {
        login("ops");
        var customer = fixture().create(new CustomerDraft(TestFixture.unique("Policy test"),
                fixture().accountId(), null, "FR", null, null, null));

        UI.getCurrent().navigate("customers/" + customer.id() + "/policy");

        var trust = _get(Pre.class, spec -> spec.withId("trust-policy")).getText();
        assertThat(trust).contains("arn:aws:iam::123456789012:root", customer.getExternalId());
        assertThat(_get(Pre.class, spec -> spec.withId("permissions-policy")).getText())
                .contains("arn:aws:s3:::doitintl-awsops-" + customer.getAccountId() + "/*");
        assertThat(_get(Anchor.class, spec -> spec.withId("trust-policy-download")).getHref()).isNotBlank();
    }

    @Test
    void theGenericPolicyHasPlaceholders() {
        login("csm");

        UI.getCurrent().navigate("policy");

        assertThat(_get(Pre.class, spec -> spec.withId("trust-policy")).getText()).contains("{ExternalId}");
    }
}
