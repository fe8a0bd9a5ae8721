package com.onboarding.console.payer.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.payer.domain.BulkLookupLine;
import com.onboarding.console.payer.domain.ConsolidatedPayer;
import com.onboarding.console.payer.domain.PayerAnswer;
import com.onboarding.console.payer.domain.PayerType;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayerLookupCsvTest {

    @Test
    void oneRowPerLineWithAnswerOrError() {
        var payer = new ConsolidatedPayer("561602220360", "doitintl-payer-01");
        var out = new StringWriter();

        PayerLookupCsv.write(List.of(
                BulkLookupLine.answered(1, "5616-0222-0360",
                        new PayerAnswer("561602220360", PayerType.CONSOLIDATED, payer, "It is the payer, itself.")),
                BulkLookupLine.refused(2, "=HYPERLINK(\"x\")", "Account id may contain only the digits 0-9.")),
                out);

        assertThat(out.toString().split("\r\n")).containsExactly(
                "line,input,account id,answer,explanation",
                "1,5616-0222-0360,\"=\"\"561602220360\"\"\",consolidated billing under payer doitintl-payer-01 (561602220360),"
                        + "\"It is the payer, itself.\"",
                "2,\"'=HYPERLINK(\"\"x\"\")\",,invalid input,Account id may contain only the digits 0-9.");
    }
}
