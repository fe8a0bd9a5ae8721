package com.onboarding.console.audit.ui;

import com.onboarding.console.audit.domain.AuditEntry;
import com.onboarding.console.audit.service.AuditFilter;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.ui.CsvDownload;
import com.onboarding.console.base.ui.DisplayTime;
import com.onboarding.console.base.ui.GridCells;
import com.onboarding.console.base.ui.PhoneLayout;
import com.onboarding.console.base.ui.ViewHeader;
import com.onboarding.console.security.domain.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The append-only audit trail: who did what, when, to which customer and step. Read only. */
@Route("audit")
@PageTitle("Audit trail | AWS Onboarding Console")
@Menu(order = 4, icon = "vaadin:clipboard-text", title = "Audit trail")
@RolesAllowed({Role.Names.OPS, Role.Names.ADMIN})
public class AuditView extends VerticalLayout {

    private final AuditService audit;
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final TextField customer = new TextField("Customer");
    private final TextField user = new TextField("User");
    private final ComboBox<String> step = new ComboBox<>("Step");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final PhoneLayout.FoldedFilters filterPlace;
    /** Read by the CSV download, which runs outside the UI's request. */
    private volatile AuditFilter filter = AuditFilter.ALL;

    AuditView(AuditService audit, Clock clock) {
        this.audit = audit;
        setSizeFull();
        var export = CsvDownload.link("Export CSV", () -> exportFileName(filter, clock),
                out -> audit.exportCsv(filter, out));
        export.setId("export-audit");
        var phone = new PhoneLayout(this);
        filterPlace = phone.foldFilters(createFilters(), this::activeFilters);
        add(new ViewHeader("Audit trail", export), filterPlace, createGrid());
        phone.cards(grid, card(), "Entries");
        expand(grid);
    }

    /** Such as audit-trail-acme-step-2-3-2026-12-03.csv. */
    private static String exportFileName(AuditFilter filter, Clock clock) {
        var step = filter.stepCode();
        return CsvDownload.fileName("audit-trail", clock, filter.customer(), filter.actor(),
                step == null ? null : "step " + step);
    }

    private Component createFilters() {
        customer.setId("audit-customer");
        customer.setPlaceholder("Name or id");
        customer.setPrefixComponent(VaadinIcon.SEARCH.create());
        customer.setMaxLength(200);
        user.setId("audit-user");
        user.setPlaceholder("Username");
        user.setMaxLength(64);
        for (var field : new TextField[] {customer, user}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> applyFilter());
        }
        step.setId("audit-step");
        step.setItems(audit.stepCodes());
        step.setAllowCustomValue(true);
        step.addCustomValueSetListener(e -> step.setValue(e.getDetail()));
        step.setClearButtonVisible(true);
        step.addValueChangeListener(e -> applyFilter());
        from.setId("audit-from");
        from.setHelperText("UTC");
        to.setId("audit-to");
        to.setHelperText("UTC, inclusive");
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            applyFilter();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            applyFilter();
        });
        for (var picker : new DatePicker[] {from, to}) {
            picker.setClearButtonVisible(true);
        }
        var filters = new HorizontalLayout(customer, user, step, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        return filters;
    }

    private Grid<AuditEntry> createGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> DisplayTime.format(e.getOccurredAt())).setHeader("Time").setKey("time").setWidth("11em")
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor).setHeader("User").setKey("user").setWidth("8em").setFlexGrow(0);
        grid.addColumn(e -> e.getAction().label()).setHeader("Action").setKey("action").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(GridCells.wrapping(AuditView::customerOf)).setHeader("Customer").setKey("customer")
                .setFlexGrow(1);
        grid.addColumn(e -> text(e.getStepCode())).setHeader("Step").setKey("step").setWidth("5em").setFlexGrow(0);
        grid.addColumn(GridCells.wrapping(AuditView::transition)).setHeader("From → to").setKey("transition")
                .setWidth("11em").setFlexGrow(0);
        grid.addColumn(GridCells.wrapping(AuditEntry::getMessage)).setHeader("Message").setKey("message")
                .setFlexGrow(3);
        grid.addColumn(e -> text(e.getSourceAddress())).setHeader("Source address").setKey("source")
                .setWidth("9em").setFlexGrow(0);
        grid.setItems(query -> audit.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
        grid.setEmptyStateText("No audit entries match the filters.");
        return grid;
    }

    private void applyFilter() {
        filter = new AuditFilter(customer.getValue(), user.getValue(), step.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(ZoneOffset.UTC).toInstant(),
                endOfDay(to.getValue()));
        grid.getDataProvider().refreshAll();
        filterPlace.update();
    }

    private int activeFilters() {
        return (int) Stream.of(customer.getValue(), user.getValue(), step.getValue(), from.getValue(), to.getValue())
                .filter(value -> value != null && !value.toString().isBlank()).count();
    }

    /** An entry on a phone: when and who, what, and to which customer. */
    private static LitRenderer<AuditEntry> card() {
        return LitRenderer.<AuditEntry>of("""
                <div class="list-card">
                  <span class="card-secondary">${item.time} · ${item.user}</span>
                  <strong class="cell-wrap">${item.action} ${item.step}</strong>
                  <span class="cell-wrap">${item.customer}</span>
                  <span class="cell-wrap">${item.message}</span>
                </div>""")
                .withProperty("time", e -> DisplayTime.format(e.getOccurredAt()))
                .withProperty("user", AuditEntry::getActor)
                .withProperty("action", e -> e.getAction().name())
                .withProperty("step", e -> text(e.getStepCode()))
                .withProperty("customer", AuditView::customerOf)
                .withProperty("message", e -> text(e.getMessage()));
    }

    /** The "to" day counts in full: the filter's end is the start of the next day, exclusive. */
    private static @Nullable Instant endOfDay(@Nullable LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String customerOf(AuditEntry entry) {
        var name = text(entry.getCustomerName());
        return entry.getCustomerId() == null ? name : name + " (#" + entry.getCustomerId() + ")";
    }

    static String transition(AuditEntry entry) {
        if (entry.getFromState() == null && entry.getToState() == null) {
            return "";
        }
        return text(entry.getFromState()) + " → " + text(entry.getToState());
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
