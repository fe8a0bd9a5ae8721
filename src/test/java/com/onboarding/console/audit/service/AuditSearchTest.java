package com.onboarding.console.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.domain.AuditEntry;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditSearchTest extends ConsoleTest {

    @Autowired
    private AuditService audit;

    @Test
    void pagesFromAnyOffsetNewestFirst() {
        runAs("ops");
        var customer = "Paged " + UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            audit.recordAlone(AuditService.Event.of("ops", AuditAction.STEP_NOTE, null, customer, "note " + i));
        }
        var filter = new AuditFilter(customer, null, null, null, null);
        var all = messages(audit.search(filter, 0, 100));
        assertThat(all).hasSize(7);
        assertThat(audit.count(filter)).isEqualTo(7);
        // Entries written within one clock tick tie on time; the id keeps the newest first.
        assertThat(all).containsExactly("note 6", "note 5", "note 4", "note 3", "note 2", "note 1", "note 0");
        assertThat(messages(audit.search(filter, 2, 3))).containsExactlyElementsOf(all.subList(2, 5));
        assertThat(messages(audit.search(filter, 5, 5))).containsExactlyElementsOf(all.subList(5, 7));
    }

    @Test
    void theExportKeepsAUsernameSomeoneTypedFromRunningAsAFormula() {
        runAs("ops");
        var customer = "Export " + UUID.randomUUID();
        audit.recordAlone(AuditService.Event.of("=HYPERLINK(\"http://evil.example\")", AuditAction.LOGIN_FAILED,
                null, customer, "-2+3"));
        var out = new StringWriter();
        audit.exportCsv(new AuditFilter(customer, null, null, null, null), out);
        var row = out.toString().lines().skip(1).findFirst().orElseThrow();
        assertThat(row).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",").contains(",'-2+3,")
                .doesNotContain(",=").doesNotContain(",\"=");
    }

    private static List<String> messages(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::getMessage).toList();
    }
}
