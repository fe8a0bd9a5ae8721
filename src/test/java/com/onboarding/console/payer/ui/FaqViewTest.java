package com.onboarding.console.payer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.payer.PayerTestData;
import com.onboarding.console.payer.domain.BulkLookupLine;
import com.onboarding.console.payer.domain.ConsolidatedPayer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.accordion.Accordion;
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaqViewTest extends KaribuTest {

    private static final List<String> QUESTIONS = List.of(
            "How does onboarding work?",
            "Will anything break during the process?",
            "What's the impact on AWS Organizations features?",
            "Where can I find the IAM policies for the roles you create on the management account?",
            "What if I need to access the management account using root user credentials after onboarding?",
            "Am I on a consolidated billing account or a dedicated payer account?");

    private PayerTestData data;

    @BeforeEach
    void setUpData() {
        data = new PayerTestData(fixture());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ops", "csm", "admin"})
    void staffSeeEveryQuestionThePayerTableAndBothLookups(String username) {
        login(username);
        UI.getCurrent().navigate("faq");

        assertThat(visibleQuestions()).containsExactlyElementsOf(QUESTIONS);
        @SuppressWarnings("unchecked")
        Grid<ConsolidatedPayer> payers = _get(Grid.class, spec -> spec.withId("consolidated-payers"));
        assertThat(payers.getGenericDataView().getItems().map(ConsolidatedPayer::label).toList()).containsExactly(
                "doitintl-payer-01 (561602220360)", "doitintl-payer-02 (017920819041)",
                "doitintl-payer-07 (279843869311)");
        assertThat(_get(Anchor.class, spec -> spec.withId("faq-policy-link")).getHref()).isEqualTo("policy");
        _get(TextField.class, spec -> spec.withId("payer-lookup-account"));
        _get(TextArea.class, spec -> spec.withId("bulk-lookup-input"));
        _assertNone(Div.class, spec -> spec.withId("own-payer-type"));
    }

    @Test
    void aCustomerUserSeesTheirPayerTypeWithoutTypingAndNoListLookup() {
        login("ops");
        var own = data.customer(PayerTestData.uniqueName("Own Co"), "561602220360");
        login(customerUser(PayerTestData.newUsername(), own.id()).getUsername());

        UI.getCurrent().navigate("faq");

        var payerType = _get(Div.class, spec -> spec.withId("own-payer-type"));
        assertThat(payerType.getElement().getTextRecursively())
                .contains("Your payer type")
                .contains("consolidated billing under payer doitintl-payer-01 (561602220360)")
                .contains("Your management account is recorded as a member account");
        assertThat(visibleQuestions()).containsExactlyElementsOf(QUESTIONS);
        assertThat(_get(Anchor.class, spec -> spec.withId("faq-policy-link")).getHref())
                .isEqualTo("customers/" + own.id() + "/policy");
        _assertNone(TextArea.class, spec -> spec.withId("bulk-lookup-input"));
    }

    @Test
    void aCustomerUserLookingUpAnotherCustomersAccountLearnsOnlyItsPayerType() {
        login("ops");
        var otherPayer = data.newOtherResellerPayer();
        var other = data.customer(PayerTestData.uniqueName("Confidential Widgets"), otherPayer);
        var own = data.customer(PayerTestData.uniqueName("Curious Co"), null);
        login(customerUser(PayerTestData.newUsername(), own.id()).getUsername());
        UI.getCurrent().navigate("faq");

        lookUp(other.getAccountId());
        var result = _get(Div.class, spec -> spec.withId("payer-lookup-result")).getElement().getTextRecursively();
        lookUp(otherPayer);
        var payerResult = _get(Div.class, spec -> spec.withId("payer-lookup-result")).getElement()
                .getTextRecursively();

        assertThat(result).contains("dedicated payer account").contains("This customer account");
        assertThat(payerResult).contains("dedicated payer account");
        var everything = UI.getCurrent().getElement().getTextRecursively() + "\n"
                + PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
        assertThat(everything).doesNotContain(other.getName(), "Confidential", other.getExternalId());
        assertThat(result).doesNotContain(otherPayer);
    }

    @Test
    void typingABadIdSaysWhatIsExpected() {
        login("csm");
        UI.getCurrent().navigate("faq");

        lookUp("١٢٣٤٥٦٧٨٩٠١٢");

        var field = _get(TextField.class, spec -> spec.withId("payer-lookup-account"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("only the digits 0-9").contains("expected 12 digits");
        assertThat(_get(Div.class, spec -> spec.withId("payer-lookup-result")).getChildren()).isEmpty();

        lookUp(" 2798-4386-9311 ");

        assertThat(field.isInvalid()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("payer-lookup-result")).getElement().getTextRecursively())
                .contains("consolidated billing under payer doitintl-payer-07 (279843869311)");
    }

    @Test
    void searchFiltersQuestionsAndSaysWhenNothingMatches() {
        login("ops");
        UI.getCurrent().navigate("faq");
        var search = _get(TextField.class, spec -> spec.withId("faq-search"));

        search.setValue("support TICKET");
        assertThat(visibleQuestions()).containsExactly(QUESTIONS.get(4));
        assertThat(_get(Accordion.class).getOpenedPanel()).map(AccordionPanel::getSummaryText)
                .contains(QUESTIONS.get(4));
        _assertNone(Span.class, spec -> spec.withId("faq-no-match"));

        search.setValue("doitintl-payer-07");
        assertThat(visibleQuestions()).containsExactly(QUESTIONS.get(5));

        search.setValue("no such words anywhere");
        assertThat(visibleQuestions()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("faq-no-match")).getText())
                .isEqualTo("No question matches your search.");

        search.setValue("");
        assertThat(visibleQuestions()).containsExactlyElementsOf(QUESTIONS);
        _assertNone(Span.class, spec -> spec.withId("faq-no-match"));
    }

    @Test
    void theListLookupsCsvIsNamedWithItsDayLikeTheOtherExports() {
        var clock = java.time.Clock.fixed(java.time.Instant.parse("2026-12-03T23:30:00Z"), java.time.ZoneOffset.UTC);
        assertThat(BulkPayerLookup.fileName(clock)).isEqualTo("payer-lookup-2026-12-03.csv");
    }

    @Test
    void aPastedListGetsAResultOrAnErrorPerLineAndDownloadsAsCsv() {
        login("ops");
        var member = data.customer(PayerTestData.uniqueName("Bulk Member"), "017920819041");
        UI.getCurrent().navigate("faq");

        _get(TextArea.class, spec -> spec.withId("bulk-lookup-input")).setValue(
                "561602220360\n\n12345678901; " + member.getAccountId() + "\n  acme  \n");
        _click(_get(Button.class, spec -> spec.withId("bulk-lookup-button")));

        @SuppressWarnings("unchecked")
        Grid<BulkLookupLine> grid = _get(Grid.class, spec -> spec.withId("bulk-lookup-grid"));
        var lines = grid.getGenericDataView().getItems().toList();
        assertThat(lines).extracting(BulkLookupLine::line, BulkLookupLine::input, BulkLookupLine::accountId,
                BulkLookupLine::result).containsExactly(
                        tuple(1, "561602220360", "561602220360",
                                "consolidated billing under payer doitintl-payer-01 (561602220360)"),
                        tuple(3, "12345678901", "", "invalid input"),
                        tuple(3, member.getAccountId(), member.getAccountId(),
                                "consolidated billing under payer doitintl-payer-02 (017920819041)"),
                        tuple(4, "acme", "", "invalid input"));
        assertThat(lines.get(1).explanation()).contains("has 11 digits");
        assertThat(lines.get(3).explanation()).contains("only the digits 0-9");
        assertThat(_get(Span.class, spec -> spec.withId("bulk-lookup-summary")).getText())
                .isEqualTo("4 account ids: 2 answered, 2 refused");

        var csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("bulk-lookup-csv"))),
                StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(5).satisfies(rows -> {
            // The byte order mark makes Excel read the file as UTF-8.
            assertThat(rows[0]).isEqualTo("\uFEFFline,input,account id,answer,explanation");
            assertThat(rows[1]).startsWith("1,561602220360,\"=\"\"561602220360\"\"\",consolidated billing under payer "
                    + "doitintl-payer-01 (561602220360),");
            assertThat(rows[2]).startsWith("3,12345678901,,invalid input,").contains("has 11 digits");
            assertThat(rows[3]).startsWith("3," + member.getAccountId() + ",\"=\"\"" + member.getAccountId() + "\"\"\",")
                    .contains(member.getName());
            assertThat(rows[4]).startsWith("4,acme,,invalid input,");
        });
    }

    @Test
    void anEmptyListIsRefusedAtTheArea() {
        login("admin");
        UI.getCurrent().navigate("faq");
        var area = _get(TextArea.class, spec -> spec.withId("bulk-lookup-input"));

        area.setValue(" ;\n, ");
        _click(_get(Button.class, spec -> spec.withId("bulk-lookup-button")));

        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).contains("Paste at least one account id");
        _assertNone(Grid.class, spec -> spec.withId("bulk-lookup-grid"));
    }

    private static void lookUp(String input) {
        _get(TextField.class, spec -> spec.withId("payer-lookup-account")).setValue(input);
        _click(_get(Button.class, spec -> spec.withId("payer-lookup-button")));
    }

    private static List<String> visibleQuestions() {
        return _find(AccordionPanel.class).stream().map(AccordionPanel::getSummaryText).toList();
    }
}
