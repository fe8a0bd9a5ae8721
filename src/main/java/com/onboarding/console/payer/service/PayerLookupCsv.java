package com.onboarding.console.payer.service;

import com.onboarding.console.payer.domain.BulkLookupLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** The results of a list lookup as CSV, one row per pasted id, refused ones included. */
public final class PayerLookupCsv {

    public static final String FILE_NAME = "payer-lookup.csv";

    private PayerLookupCsv() {
    }

    public static void write(List<BulkLookupLine> lines, Writer out) {
        var format = CSVFormat.DEFAULT.builder()
                .setHeader("line", "input", "account id", "answer", "explanation")
                .get();
        try (var printer = format.print(out)) {
            for (var line : lines) {
                printer.printRecord(line.line(), cell(line.input()), line.accountId(), line.result(),
                        cell(line.explanation()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pasted text is echoed back: keep a spreadsheet from running it as a formula. */
    private static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
