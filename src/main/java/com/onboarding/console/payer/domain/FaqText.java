package com.onboarding.console.payer.domain;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The small text format of FAQ answers, so the content file stays plain text and is never taken as HTML:
 * a blank line starts a new paragraph; a block whose lines all start with "- " is a list, one whose lines
 * all start with "1. ", "2. " and so on a numbered list.
 */
public final class FaqText {

    /** A piece of an answer, shown in order. */
    public sealed interface Block permits Paragraph, Items {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Items(boolean numbered, List<String> items) implements Block {
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern BULLET = Pattern.compile("^-\\s+");
    private static final Pattern NUMBER = Pattern.compile("^\\d+\\.\\s+");

    private FaqText() {
    }

    public static List<Block> blocks(String answer) {
        return BLANK_LINE.splitAsStream(answer.replace("\r\n", "\n").strip())
                .filter(block -> !block.isBlank())
                .map(FaqText::block)
                .toList();
    }

    private static Block block(String text) {
        var lines = Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (var marker : List.of(BULLET, NUMBER)) {
            if (lines.stream().allMatch(l -> marker.matcher(l).find())) {
                return new Items(marker == NUMBER,
                        lines.stream().map(l -> marker.matcher(l).replaceFirst("")).toList());
            }
        }
        return new Paragraph(String.join(" ", lines));
    }
}
