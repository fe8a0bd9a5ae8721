package com.onboarding.console.payer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FaqTextTest {

    @Test
    void blankLinesSeparateParagraphsAndLinesOfOneParagraphJoin() {
        assertThat(FaqText.blocks("First line\nsame paragraph.\n\n  \nSecond <b>paragraph</b>."))
                .containsExactly(new FaqText.Paragraph("First line same paragraph."),
                        new FaqText.Paragraph("Second <b>paragraph</b>."));
    }

    @Test
    void markedLinesMakeLists() {
        assertThat(FaqText.blocks("- one\n- two\n\n1. first\n2. second\n\n- list\nnot a list"))
                .containsExactly(new FaqText.Items(false, List.of("one", "two")),
                        new FaqText.Items(true, List.of("first", "second")),
                        new FaqText.Paragraph("- list not a list"));
    }
}
