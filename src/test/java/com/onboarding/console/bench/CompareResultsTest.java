package com.onboarding.console.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison of two results files, as BenchResults writes them. */
class CompareResultsTest {

    @Test
    void printsBothValuesAndTheRatioPerFigure(@TempDir Path directory) throws Exception {
        var old = write(directory.resolve("old.json"), "H2", "abc123", 20.0, 7.0);
        var now = write(directory.resolve("new.json"), "PostgreSQL 16", "def456", 30.0, null);

        var text = CompareResults.compare(CompareResults.Run.parse(Files.readString(old)),
                CompareResults.Run.parse(Files.readString(now)), "old.json", "new.json");

        assertThat(text).contains("old: old.json {scale=full, database=H2, commit=abc123, machine=2 cores, load 0.500 -> 1.500}")
                .contains("new: new.json {scale=full, database=PostgreSQL 16, commit=def456");
        assertThat(text.lines()).anySatisfy(line -> assertThat(line)
                .matches("grid \\| first page: p95 \"quoted\" +20\\.00 ms +30\\.00 ms +1\\.50x"));
        assertThat(text.lines()).anySatisfy(line -> assertThat(line).matches("grid \\| only old +7\\.00 ms +- +only in old"));
    }

    @Test
    void aFileWithoutFiguresIsRefused() {
        assertThatThrownBy(() -> CompareResults.Run.parse("{\"scale\": \"full\"}"))
                .hasMessageContaining("no benchmark figures");
    }

    private static Path write(Path file, String database, String commit, double value, Double onlyOld)
            throws Exception {
        var results = new BenchResults();
        results.add("grid", "first page: p95 \"quoted\"", value, "ms", BenchResults.Goal.AT_MOST, 30);
        if (onlyOld != null) {
            results.info("grid", "only old", onlyOld, "ms");
        }
        results.writeJson(file, "full", database, new Machine(commit, false, 2, 0.5, 1.5, "25", "Linux", 1024));
        return file;
    }
}
