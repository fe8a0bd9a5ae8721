package com.onboarding.console.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A link that downloads a CSV file written at the moment of the click, so it holds what the list shows then. */
public final class CsvDownload {

    /** Keeps a long search text from making the name unwieldy. */
    private static final int MAX_PART = 30;

    private CsvDownload() {
    }

    /**
     * @param fileName named at the moment of the click, so it says what the file holds then
     * @param writeCsv writes the rows; it runs in the download request, so it must not touch components
     */
    public static Anchor link(String text, Supplier<String> fileName, Consumer<Writer> writeCsv) {
        var link = new Anchor(handler(fileName, writeCsv), text);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        link.addClassName("csv-download");
        return link;
    }

    /**
     * The download itself, in UTF-8 with a byte order mark: without it Excel reads the file in the
     * system's code page and garbles every name that is not plain ASCII.
     */
    public static DownloadHandler handler(Supplier<String> fileName, Consumer<Writer> writeCsv) {
        return event -> {
            event.setFileName(fileName.get());
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = new BufferedWriter(
                    new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8))) {
                out.write('\uFEFF');
                writeCsv.accept(out);
            }
        };
    }

    /**
     * A file name that says what the file holds: the list, its filters and the day (UTC), such as
     * customers-phase-2-drift-2026-12-03.csv. Filters are reduced to a-z, 0-9 and dashes; null or blank ones
     * are left out.
     */
    public static String fileName(String list, Clock clock, @Nullable String... filters) {
        var parts = Stream.concat(Stream.of(list), Arrays.stream(filters))
                .map(CsvDownload::slug).filter(part -> !part.isEmpty());
        return Stream.concat(parts, Stream.of(LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString()))
                .collect(Collectors.joining("-")) + ".csv";
    }

    private static String slug(@Nullable String text) {
        if (text == null) {
            return "";
        }
        var slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() <= MAX_PART ? slug : slug.substring(0, MAX_PART).replaceAll("-$", "");
    }
}
