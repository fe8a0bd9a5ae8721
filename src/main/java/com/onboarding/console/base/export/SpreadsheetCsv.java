package com.onboarding.console.base.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import com.onboarding.console.base.domain.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file for spreadsheets. Text cells that a spreadsheet would run as a formula (starting with =, +, -,
 * @, tab or carriage return) get a leading apostrophe, as OWASP recommends against CSV injection: much of
 * what is exported was typed by someone else (customer names, login usernames, pasted ids).
 * <p>
 * An {@link AccountId} is written as the formula {@code ="111122223333"}, which a spreadsheet shows as the text
 * it is: as a bare number it would lose its leading zeros and show as 1.11122E+11. Only this type gets a
 * formula: its value was validated as 12 digits, so nothing typed by a person reaches one.
 */
public final class SpreadsheetCsv implements AutoCloseable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts the file with its header row. */
    public static SpreadsheetCsv open(Writer out, String... header) {
        try {
            return new SpreadsheetCsv(CSVFormat.DEFAULT.builder().setHeader(header).get().print(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One row; numbers are written as they are, account ids as text cells, everything else as neutralised text,
     * null as empty.
     */
    public void row(@Nullable Object... cells) {
        var values = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            var cell = cells[i];
            values[i] = switch (cell) {
                case null -> "";
                case Number number -> number;
                case AccountId id -> "=\"" + id.value() + "\"";
                default -> neutralised(cell.toString());
            };
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
