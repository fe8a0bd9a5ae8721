package com.onboarding.console.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.ValueProvider;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Cells the lists share, so that they look and size alike: account ids that are never cut, times relative with
 * the exact time on hover, and long text that wraps instead of ending in an ellipsis. Styled in styles.css.
 */
public final class GridCells {

    /** Twelve digits in the monospace font of {@code .account-id}, plus the cell's padding. */
    public static final String ACCOUNT_ID_WIDTH = "10.5em";

    private GridCells() {
    }

    /** A column of 12-digit account ids: fixed to their width, in a font whose digits all have one width. */
    public static <T> Grid.Column<T> addAccountIdColumn(Grid<T> grid, ValueProvider<T, @Nullable String> accountId) {
        return grid.addColumn(LitRenderer.<T>of("<span class=\"account-id\">${item.id}</span>")
                        .withProperty("id", item -> Objects.requireNonNullElse(accountId.apply(item), "")))
                .setWidth(ACCOUNT_ID_WIDTH).setFlexGrow(0);
    }

    /** "3 h ago", with the exact UTC time as the cell's title. */
    public static <T> Renderer<T> relativeTime(ValueProvider<T, @Nullable Instant> time, Clock clock) {
        return LitRenderer.<T>of("<span title=\"${item.exact}\">${item.ago}</span>")
                .withProperty("ago", item -> DisplayTime.relative(time.apply(item), clock.instant()))
                .withProperty("exact", item -> DisplayTime.format(time.apply(item)));
    }

    /** Text that wraps onto more lines when the column is narrower than it. */
    public static <T> Renderer<T> wrapping(ValueProvider<T, @Nullable String> text) {
        return LitRenderer.<T>of("<span class=\"cell-wrap\">${item.text}</span>")
                .withProperty("text", item -> Objects.requireNonNullElse(text.apply(item), ""));
    }
}
