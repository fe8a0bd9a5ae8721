package com.onboarding.console.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.base.domain.AccountId;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsPrefixed() {
        var out = new StringWriter();
        try (var csv = SpreadsheetCsv.open(out, "cell")) {
            for (var text : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=1", "", "plain"}) {
                csv.row(text);
            }
        }
        assertThat(out.toString().split("\r\n")).containsExactly("cell", "'=1+1", "'+1", "'-1", "'@SUM(A1)",
                "'\tx", "\"'\rx\"", "a=1", "\"\"", "plain");
    }

    @Test
    void accountIdsAreTextCellsAndTextThatLooksLikeOneIsNot() {
        var out = new StringWriter();
        try (var csv = SpreadsheetCsv.open(out, "id", "typed")) {
            csv.row(new AccountId("011122223333"), "=\"011122223333\"");
        }
        assertThat(out.toString()).isEqualTo("id,typed\r\n\"=\"\"011122223333\"\"\",\"'=\"\"011122223333\"\"\"\r\n");
    }

    @Test
    void numbersStayNumbersAndNullIsEmpty() {
        var out = new StringWriter();
        try (var csv = SpreadsheetCsv.open(out, "a", "b", "c")) {
            csv.row(-3, null, 42L);
        }
        assertThat(out.toString()).isEqualTo("a,b,c\r\n-3,,42\r\n");
    }
}
