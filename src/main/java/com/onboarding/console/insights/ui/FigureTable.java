package com.onboarding.console.insights.ui;

import com.onboarding.console.base.export.SpreadsheetCsv;
import com.onboarding.console.base.ui.CsvDownload;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One table of figures with its CSV export; the grid and the file have the same columns and values. */
final class FigureTable<T> extends VerticalLayout {

    /** A column: its header and the value of a row, a number or text. */
    record Column<T>(String header, Function<T, @Nullable Object> value) {
    }

    private final Grid<T> grid = new Grid<>();
    private final List<Column<T>> columns;
    /** Read by the CSV download, which runs outside the UI's request. */
    private volatile List<T> rows = List.of();

    FigureTable(String title, String id, List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
        setId(id);
        setPadding(false);
        for (var column : columns) {
            grid.addColumn(row -> text(column.value().apply(row))).setHeader(column.header())
                    .setKey(column.header()).setAutoWidth(true).setResizable(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        Anchor export = CsvDownload.link("Export CSV", () -> id + ".csv", out -> {
            var headers = this.columns.stream().map(Column::header).toArray(String[]::new);
            try (var csv = SpreadsheetCsv.open(out, headers)) {
                for (var row : rows) {
                    csv.row(this.columns.stream().map(c -> c.value().apply(row)).toArray());
                }
            }
        });
        export.setId(id + "-csv");
        var header = new HorizontalLayout(new H3(title), export);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, grid);
    }

    void show(List<T> shown) {
        rows = List.copyOf(shown);
        grid.setItems(rows);
    }

    Grid<T> grid() {
        return grid;
    }

    List<T> rows() {
        return rows;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /** Days with one decimal, as tables and files show durations. */
    static @Nullable Double days(@Nullable Duration duration) {
        return duration == null ? null : Math.round(duration.toMillis() / 8_640_000.0) / 10.0;
    }
}
