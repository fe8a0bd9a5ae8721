package com.onboarding.console.base.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file for spreadsheets. Text cells that a spreadsheet would run as a formula (starting with =, +, -,
 * @, tab or carriage return) get a leading apostrophe, as OWASP recommends against CSV injection: much of
 * what is exported was typed by someone else (customer names, login usernames, pasted ids).
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

    /** One row; numbers are written as they are, everything else as neutralised text, null as empty. */
    public void row(@Nullable Object... cells) {
        var values = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            var cell = cells[i];
            values[i] = cell == null ? "" : cell instanceof Number ? cell : neutralised(cell.toString());
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
