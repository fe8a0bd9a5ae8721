package com.onboarding.console.payer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.payer.domain.FaqEntry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaqServiceTest {

    private final FaqService faq = new FaqService(new PayerSettings(List.of()));

    @Test
    void holdsThePhasesOverviewFirstAndEveryQuestionOfTheProcessPage() {
        assertThat(faq.entries()).extracting(FaqEntry::id).first().isEqualTo(FaqService.PHASES);
        assertThat(faq.entries()).extracting(FaqEntry::question).contains(
                "Will anything break during the process?",
                "What's the impact on AWS Organizations features?",
                "Where can I find the IAM policies for the roles you create on the management account?",
                "What if I need to access the management account using root user credentials after onboarding?",
                "Am I on a consolidated billing account or a dedicated payer account?");
        assertThat(answer("disruption")).contains("disruption free");
        assertThat(answer("organizations")).contains("continue to function");
        assertThat(answer("root-credentials")).contains("IAM administrator role").contains("support ticket");
        assertThat(answer(FaqService.PAYER_TYPE)).contains("consolidated").contains("dedicated payer account");
    }

    @Test
    void thePhasesOverviewListsEveryStepOfTheChecklist() {
        var overview = answer(FaqService.PHASES);
        StepCatalog.PHASE_TITLES.forEach(title -> assertThat(overview).contains(title));
        StepCatalog.STEPS.forEach(step -> assertThat(overview).contains(step.code().number() + ". " + step.name()));
    }

    @Test
    void searchFindsQuestionsByWordsOfQuestionOrAnswerIgnoringCase() {
        assertThat(ids("BREAK")).containsExactly("disruption");
        assertThat(ids("firewall manager")).containsExactly("organizations");
        assertThat(ids("support ticket")).containsExactly("root-credentials");
        assertThat(ids("doitintl-payer-02")).containsExactly(FaqService.PAYER_TYPE);
        assertThat(ids("279843869311")).containsExactly(FaqService.PAYER_TYPE);
        assertThat(ids("policy gist nowhere")).isEmpty();
        assertThat(ids("  ")).hasSize(faq.entries().size());
    }

    @Test
    void contentWithoutAQuestionOrWithATwiceUsedIdIsRefused() {
        assertThatThrownBy(() -> read("entries:\n  - id: a\n    answer: text\n"))
                .hasMessageContaining("has no question");
        assertThatThrownBy(() -> read("""
                entries:
                  - {id: a, question: q, answer: x}
                  - {id: a, question: r, answer: y}
                """)).hasMessageContaining("id a is used twice");
        assertThatThrownBy(() -> read("title: no entries")).hasMessageContaining("no list of entries");
    }

    private List<String> ids(String query) {
        return faq.search(query).stream().map(FaqEntry::id).toList();
    }

    private String answer(String id) {
        return faq.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().answer();
    }

    private static List<FaqEntry> read(String yaml) {
        return FaqService.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), List.of());
    }
}
