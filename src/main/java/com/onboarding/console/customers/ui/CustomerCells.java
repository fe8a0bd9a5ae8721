package com.onboarding.console.customers.ui;

import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.WaitingOn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** How a customer's standing shows in the customers list: as table cells, or as one card on a phone. */
final class CustomerCells {

    private CustomerCells() {
    }

    /** A row on a phone: who, which account, how far, and whose move it is. */
    static LitRenderer<Customer> card() {
        return LitRenderer.<Customer>of("""
                <div class="list-card">
                  <strong class="cell-wrap">${item.name}</strong>
                  <span class="account-id">${item.account}</span>
                  <span><progress max="100" .value=${item.progress}></progress> ${item.progress}%</span>
                  <span>Waiting on: ${item.waiting}</span>
                </div>""")
                .withProperty("name", Customer::getName)
                .withProperty("account", Customer::getAccountId)
                .withProperty("progress", Customer::progressPercent)
                .withProperty("waiting", c -> c.getWaitingOn().label());
    }

    static Component progress(Customer customer) {
        var bar = new ProgressBar(0, 100, customer.progressPercent());
        bar.setWidth("6em");
        var label = new Span(customer.progressPercent() + "%");
        label.addClassNames(LumoUtility.FontSize.SMALL);
        var cell = new HorizontalLayout(bar, label);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        cell.setSpacing(true);
        return cell;
    }

    static Component failures(Customer customer) {
        if (customer.getFailedSteps() == 0) {
            return new Span();
        }
        var badge = new Span(customer.getFailedSteps() + " failed");
        badge.getElement().getThemeList().add("badge error");
        badge.addClassName("failed-badge");
        return badge;
    }
}
