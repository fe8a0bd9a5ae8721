package com.onboarding.console.payer.ui;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.ui.CsvDownload;
import com.onboarding.console.base.ui.GridCells;
import com.onboarding.console.payer.domain.BulkLookupLine;
import com.onboarding.console.payer.service.PayerField;
import com.onboarding.console.payer.service.PayerLookupCsv;
import com.onboarding.console.payer.service.PayerLookupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.Clock;
import java.util.List;

/** Paste many account ids, get a table of payer types with an error per bad line, and a CSV of it. */
class BulkPayerLookup extends VerticalLayout {

    private final PayerLookupService payerLookup;
    private final Clock clock;
    private final TextArea ids = new TextArea(PayerField.ACCOUNT_IDS.label());
    private final Span summary = new Span();
    private final Grid<BulkLookupLine> grid = new Grid<>();
    private final Anchor download = new Anchor();

    BulkPayerLookup(PayerLookupService payerLookup, Clock clock) {
        this.payerLookup = payerLookup;
        this.clock = clock;
        setPadding(false);
        ids.setId("bulk-lookup-input");
        ids.setHelperText("One per line, or separated by commas or semicolons; at most "
                + PayerLookupService.LIST_MAX_IDS + " at once");
        ids.setMaxLength(PayerLookupService.LIST_MAX_CHARS);
        ids.setWidthFull();
        ids.setMinRows(4);
        var lookUp = new Button("Look up all", e -> lookUp());
        lookUp.setId("bulk-lookup-button");

        summary.setId("bulk-lookup-summary");
        download.setId("bulk-lookup-csv");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span("Download CSV"));
        download.setVisible(false);
        var results = new HorizontalLayout(summary, download);
        results.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("bulk-lookup-grid");
        grid.addColumn(BulkLookupLine::line).setHeader("Line").setKey("line").setWidth("4.5em").setFlexGrow(0);
        grid.addColumn(GridCells.wrapping(BulkLookupLine::input)).setHeader("Input").setKey("input").setFlexGrow(1);
        GridCells.addAccountIdColumn(grid, BulkLookupLine::accountId).setHeader("Account id").setKey("account");
        grid.addColumn(GridCells.wrapping(BulkLookupLine::result)).setHeader("Answer").setKey("answer")
                .setFlexGrow(1);
        // The explanation is the point of a refused line: the widest column, wrapping onto as many lines as it needs.
        grid.addColumn(GridCells.wrapping(BulkLookupLine::explanation)).setHeader("Explanation").setKey("explanation")
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setPartNameGenerator(line -> line.answer() == null ? "refused" : null);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);

        add(new H3("Look up a list of accounts"), ids, lookUp, results, grid);
    }

    private void lookUp() {
        try {
            show(payerLookup.lookupAll(ids.getValue()));
            ids.setInvalid(false);
        } catch (InvalidInputException e) {
            ids.setErrorMessage(e.getMessage());
            ids.setInvalid(true);
            show(List.of());
        }
    }

    private void show(List<BulkLookupLine> lines) {
        grid.setItems(lines);
        grid.setVisible(!lines.isEmpty());
        download.setVisible(!lines.isEmpty());
        long refused = lines.stream().filter(line -> line.answer() == null).count();
        summary.setText(lines.isEmpty() ? ""
                : lines.size() + " account ids: " + (lines.size() - refused) + " answered, " + refused + " refused");
        download.setHref(csv(lines), AttachmentType.DOWNLOAD);
    }

    /** Writes the lines shown when the table was filled, not whatever the area holds by the time of the click. */
    private DownloadHandler csv(List<BulkLookupLine> lines) {
        return CsvDownload.handler(() -> fileName(clock), out -> PayerLookupCsv.write(lines, out));
    }

    /** Such as payer-lookup-2026-12-03.csv, as the other exports are named. */
    static String fileName(Clock clock) {
        return CsvDownload.fileName("payer-lookup", clock);
    }
}
