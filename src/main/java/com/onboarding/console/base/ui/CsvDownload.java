package com.onboarding.console.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** A link that downloads a CSV file written at the moment of the click, so it holds what the list shows then. */
public final class CsvDownload {

    private CsvDownload() {
    }

    /**
     * @param writeCsv writes the rows; it runs in the download request, so it must not touch components
     */
    public static Anchor link(String text, String fileName, Consumer<Writer> writeCsv) {
        var link = new Anchor(handler(fileName, writeCsv), text);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        link.addClassName("csv-download");
        return link;
    }

    /**
     * The download itself, in UTF-8 with a byte order mark: without it Excel reads the file in the
     * system's code page and garbles every name that is not plain ASCII.
     */
    public static DownloadHandler handler(String fileName, Consumer<Writer> writeCsv) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = new BufferedWriter(
                    new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8))) {
                out.write('\uFEFF');
                writeCsv.accept(out);
            }
        };
    }
}
