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
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = new BufferedWriter(
                    new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8))) {
                writeCsv.accept(out);
            }
        };
        var link = new Anchor(handler, text);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        link.addClassName("csv-download");
        return link;
    }
}
