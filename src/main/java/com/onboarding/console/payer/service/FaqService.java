package com.onboarding.console.payer.service;

import com.onboarding.console.base.access.SignedIn;
import com.onboarding.console.payer.domain.ConsolidatedPayer;
import com.onboarding.console.payer.domain.FaqEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The FAQ, read once from {@value #CONTENT} so that its wording changes without code changes. Public
 * product text only: no customer data, so no access checks and no transactions.
 */
@Service
public class FaqService {

    static final String CONTENT = "faq/faq.yml";
    public static final String PHASES = "phases";
    public static final String POLICY = "policy";
    public static final String PAYER_TYPE = "payer-type";

    private final List<FaqEntry> entries;

    FaqService(PayerSettings payers) {
        try (var in = new ClassPathResource(CONTENT).getInputStream()) {
            this.entries = read(in, payers.consolidated());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the FAQ from " + CONTENT, e);
        }
    }

    @SignedIn
    public List<FaqEntry> entries() {
        return entries;
    }

    /** The entries whose question or answer contains every word of the query; all of them for a blank query. */
    @SignedIn
    public List<FaqEntry> search(String query) {
        return query.isBlank() ? entries : entries.stream().filter(e -> e.matches(query)).toList();
    }

    static List<FaqEntry> read(InputStream in, List<ConsolidatedPayer> payers) {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (document == null || !(document.get("entries") instanceof List<?> items)) {
            throw new IllegalStateException(CONTENT + " has no list of entries");
        }
        var result = new ArrayList<FaqEntry>();
        var ids = new HashSet<String>();
        for (var item : items) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new IllegalStateException(CONTENT + ": entry " + (result.size() + 1) + " is not a map");
            }
            var id = text(map, "id", result.size());
            if (!ids.add(id)) {
                throw new IllegalStateException(CONTENT + ": id " + id + " is used twice");
            }
            var answer = text(map, "answer", result.size());
            var keywords = "";
            if (PAYER_TYPE.equals(id)) {
                keywords = payers.stream().map(ConsolidatedPayer::label).collect(Collectors.joining("\n"));
            }
            result.add(new FaqEntry(id, text(map, "question", result.size()), answer, keywords));
        }
        return List.copyOf(result);
    }


    private static String text(Map<?, ?> entry, String key, int index) {
        if (!(entry.get(key) instanceof String value) || value.isBlank()) {
            throw new IllegalStateException(CONTENT + ": entry " + (index + 1) + " has no " + key);
        }
        return value.strip();
    }
}
