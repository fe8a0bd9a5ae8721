package com.onboarding.console.customers.ui;

import com.onboarding.console.base.ui.SearchField;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerFilter;
import com.onboarding.console.security.service.UserDirectory;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Objects;

/**
 * The customers list's filters: search, CSM, phase, status, archived and, for a CSM, their own customers. They
 * read from and give back a {@link CustomerListUrl}, so that the address can hold them.
 */
final class CustomerFilterBar extends HorizontalLayout {

    private final TextField text = SearchField.create("Search", "Name or account id");
    private final ComboBox<UserDirectory.Person> csm = new ComboBox<>("CSM");
    private final ComboBox<Integer> phase = new ComboBox<>("Phase");
    private final ComboBox<CustomerFilter.Status> status = new ComboBox<>("Status");
    private final Checkbox archived = new Checkbox("Show archived");
    private final Checkbox mine = new Checkbox("My customers");
    private final List<UserDirectory.Person> csms;
    private final List<Integer> phases;
    private final long userId;
    /** While the filters are set from an address, their changes are not reported. */
    private boolean restoring;

    /**
     * @param ownCustomers whether the user is a CSM, who has customers of their own
     * @param onChange told when a person changed a filter
     */
    CustomerFilterBar(List<Integer> phases, List<UserDirectory.Person> csms, boolean ownCustomers, long userId,
            Runnable onChange) {
        this.csms = csms;
        this.phases = phases;
        this.userId = userId;
        text.setMaxLength(Customer.NAME_MAX);
        text.setId("customer-search");

        csm.setItems(csms);
        csm.setItemLabelGenerator(UserDirectory.Person::displayName);
        csm.setClearButtonVisible(true);
        csm.setId("csm-filter");

        phase.setItems(phases);
        phase.setItemLabelGenerator(p -> "Phase " + p);
        phase.setClearButtonVisible(true);
        phase.setId("phase-filter");

        status.setItems(CustomerFilter.Status.values());
        status.setItemLabelGenerator(CustomerFilter.Status::label);
        status.setClearButtonVisible(true);
        status.setId("status-filter");

        archived.setId("show-archived");
        mine.setId("my-customers");
        mine.setVisible(ownCustomers);
        mine.addValueChangeListener(e -> csm.setEnabled(!e.getValue()));

        Runnable changed = () -> {
            if (!restoring) {
                onChange.run();
            }
        };
        text.addValueChangeListener(e -> changed.run());
        csm.addValueChangeListener(e -> changed.run());
        phase.addValueChangeListener(e -> changed.run());
        status.addValueChangeListener(e -> changed.run());
        archived.addValueChangeListener(e -> changed.run());
        mine.addValueChangeListener(e -> changed.run());

        add(text, csm, phase, status, archived, mine);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName(LumoUtility.FlexWrap.WRAP);
    }

    /** Sets the filters an address names, of those this list has; the others are cleared. */
    void show(QueryParameters query) {
        var url = CustomerListUrl.read(query, phases, csms.stream().map(UserDirectory.Person::id).toList());
        restoring = true;
        text.setValue(Objects.requireNonNullElse(url.text(), ""));
        csm.setValue(csms.stream().filter(p -> Objects.equals(p.id(), url.csmUserId())).findFirst().orElse(null));
        phase.setValue(url.phase());
        status.setValue(url.status());
        archived.setValue(url.archived());
        mine.setValue(url.mine() && mine.isVisible());
        restoring = false;
    }

    /** The filters as set now. */
    CustomerListUrl url() {
        return new CustomerListUrl(text.getValue(), mine.getValue() || csm.getValue() == null ? null
                : csm.getValue().id(), phase.getValue(), status.getValue(), archived.getValue(), mine.getValue());
    }

    /** What the filters ask of the service: "my customers" is the user's own id as CSM. */
    CustomerFilter filter() {
        var url = url();
        return new CustomerFilter(url.text(), url.mine() ? Long.valueOf(userId) : url.csmUserId(), url.phase(),
                url.status(), url.archived());
    }
}
