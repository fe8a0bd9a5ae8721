package com.onboarding.console.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextInputTest {

    private static final FieldKey NAME = () -> "Name";
    private static final FieldKey NOTE = () -> "Note";

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "two\rlines", "tab\there", "line\u2028separator"})
    void aSingleLineRefusesLineBreaksAndTabs(String typed) {
        assertThatThrownBy(() -> TextInput.required(NAME, typed, 100))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Name must be a single line: remove the line break or tab.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil\u202Etxt.exe", "zero\u200Bwidth", "left\u200Emark", "isolate\u2066x\u2069",
            "bom\uFEFFx", "joiner\u200Dx", "soft\u00ADhyphen"})
    void noTextTakesInvisibleFormattingCharacters(String typed) {
        assertThatThrownBy(() -> TextInput.optional(NAME, typed, 100))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Name contains an invisible formatting character (U+");
        if (!typed.contains("\u200D")) {
            assertThatThrownBy(() -> TextInput.optionalLines(NOTE, typed, 100))
                    .hasMessageStartingWith("Note contains an invisible formatting character (U+");
        }
    }

    @Test
    void theMessageNamesTheCharacter() {
        assertThatThrownBy(() -> TextInput.required(NAME, "a\u202Eb", 100))
                .hasMessageContaining("(U+202E,");
    }

    @Test
    void aMultiLineTextKeepsLineBreaksTabsAndEmojiJoiners() {
        var note = "First line\r\nsecond\tline\n\uD83D\uDC69\u200D\uD83D\uDCBB";
        assertThat(TextInput.requiredLines(NOTE, "  " + note + "  ", 100)).isEqualTo(note);
    }

    @Test
    void controlCharactersAreRefusedEverywhere() {
        assertThatThrownBy(() -> TextInput.optionalLines(NOTE, "bell\u0007", 100))
                .hasMessage("Note contains an invisible control character: use letters, digits and punctuation only.");
        assertThatThrownBy(() -> TextInput.optional(NAME, "nul\u0000", 100))
                .hasMessage("Name contains an invisible control character: use letters, digits and punctuation only.");
    }

    @Test
    void blanksAreNothingAndRequiredSaysSo() {
        assertThat(TextInput.optional(NAME, " \t ", 10)).isNull();
        assertThat(TextInput.optionalLines(NOTE, "\n\n", 10)).isNull();
        assertThatThrownBy(() -> TextInput.required(NAME, "   ", 10)).hasMessage("Name is required.");
        assertThatThrownBy(() -> TextInput.requiredLines(NOTE, null, 10)).hasMessage("Note is required.");
    }

    @Test
    void lengthIsCheckedAfterTrimming() {
        assertThat(TextInput.required(NAME, "  abc  ", 3)).isEqualTo("abc");
        assertThatThrownBy(() -> TextInput.required(NAME, "abcd", 3))
                .hasMessage("Name is 4 characters long: at most 3 are allowed.");
    }

    @Test
    void markupEmojiAndQuotesAreTextLikeAnyOther() {
        for (var typed : new String[] {"<script>alert(1)</script>", "O'Brien\"; DROP TABLE customer;--",
                "Ünïcödé 名前 \uD83D\uDE00", "50% _off_ \\ back"}) {
            assertThat(TextInput.required(NAME, typed, 100)).isEqualTo(typed);
        }
    }
}
