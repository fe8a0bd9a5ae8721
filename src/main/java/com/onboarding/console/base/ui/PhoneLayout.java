package com.onboarding.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A list view as it looks on a phone: at most {@link #PHONE_WIDTH} pixels wide its grid shows one card per row
 * instead of the table's columns, and its filters fold into a "Filters (n)" panel. It follows the browser window
 * as it is resized, so a tablet turned sideways gets the table back.
 */
public final class PhoneLayout {

    /** The widest window that counts as a phone; styles.css uses the same width for the navbar's chip. */
    public static final int PHONE_WIDTH = 600;

    private final List<Runnable> toTable = new ArrayList<>();
    private final List<Runnable> toCards = new ArrayList<>();
    private boolean phone;
    private @Nullable Registration resizing;

    /** Switches with the window that {@code view} is shown in. */
    public PhoneLayout(Component view) {
        view.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(details.getWindowInnerWidth()));
            resizing = page.addBrowserWindowResizeListener(resize -> show(resize.getWidth()));
        });
        view.addDetachListener(detach -> {
            if (resizing != null) {
                resizing.remove();
                resizing = null;
            }
        });
    }

    /** On a phone, {@code card} is the grid's only column. */
    public <T> void cards(Grid<T> grid, Renderer<T> card, String header) {
        var cardColumn = grid.addColumn(card).setHeader(header).setKey("card");
        cardColumn.setVisible(false);
        var tableColumns = grid.getColumns().stream().filter(column -> column != cardColumn).toList();
        toCards.add(() -> {
            tableColumns.forEach(column -> column.setVisible(false));
            cardColumn.setVisible(true);
        });
        toTable.add(() -> {
            cardColumn.setVisible(false);
            tableColumns.forEach(column -> column.setVisible(true));
        });
    }

    /** The place of {@code filters} in the view: themselves on a wide window, a closed panel on a phone. */
    public FoldedFilters foldFilters(Component filters, IntSupplier activeCount) {
        var folded = new FoldedFilters(filters, activeCount);
        toCards.add(folded::fold);
        toTable.add(folded::unfold);
        return folded;
    }

    private void show(int windowWidth) {
        // A width of zero or less is a browser that did not tell: it gets the table.
        boolean nowPhone = windowWidth > 0 && windowWidth <= PHONE_WIDTH;
        if (nowPhone != phone) {
            phone = nowPhone;
            (phone ? toCards : toTable).forEach(Runnable::run);
        }
    }

    /** Filters that fold into a panel whose summary counts the ones in use. */
    public static final class FoldedFilters extends Div {

        private final Component filters;
        private final IntSupplier activeCount;
        private final Details panel = new Details();

        private FoldedFilters(Component filters, IntSupplier activeCount) {
            this.filters = filters;
            this.activeCount = activeCount;
            panel.addClassName("folded-filters");
            add(filters);
            update();
        }

        /** Counts the filters in use again; call it whenever one changes. */
        public void update() {
            panel.setSummaryText("Filters (" + activeCount.getAsInt() + ")");
        }

        private void fold() {
            panel.setOpened(false);
            panel.add(filters);
            removeAll();
            add(panel);
        }

        private void unfold() {
            removeAll();
            add(filters);
        }
    }
}
