package com.onboarding.console.payer.service;

import com.onboarding.console.base.domain.AccountId;
import com.onboarding.console.base.export.SpreadsheetCsv;
import com.onboarding.console.payer.domain.BulkLookupLine;
import java.io.Writer;
import java.util.List;

/** The results of a list lookup as CSV, one row per pasted id, refused ones included. */
public final class PayerLookupCsv {

    private PayerLookupCsv() {
    }

    public static void write(List<BulkLookupLine> lines, Writer out) {
        try (var csv = SpreadsheetCsv.open(out, "line", "input", "account id", "answer", "explanation")) {
            for (var line : lines) {
                csv.row(line.line(), line.input(),
                        line.accountId().isEmpty() ? "" : new AccountId(line.accountId()), line.result(),
                        line.explanation());
            }
        }
    }
}
