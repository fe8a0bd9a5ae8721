package com.onboarding.console.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The measured figures, each beside its target: printed as a table and written as JSON. */
final class BenchResults {

    /** At most (lower is better) or at least (higher is better) the target value; NONE has no target. */
    enum Goal {
        AT_MOST("<="),
        AT_LEAST(">="),
        NONE("");

        final String sign;

        Goal(String sign) {
            this.sign = sign;
        }
    }

    record Figure(String section, String name, double value, String unit, Goal goal, double target) {

        @Nullable Boolean met() {
            return switch (goal) {
                case AT_MOST -> value <= target;
                case AT_LEAST -> value >= target;
                case NONE -> null;
            };
        }

        String targetText() {
            return goal == Goal.NONE ? "" : goal.sign + " " + number(target) + " " + unit;
        }
    }

    private final List<Figure> figures = new ArrayList<>();

    synchronized void add(String section, String name, double value, String unit, Goal goal, double target) {
        figures.add(new Figure(section, name, value, unit, goal, target));
    }

    synchronized void info(String section, String name, double value, String unit) {
        add(section, name, value, unit, Goal.NONE, 0);
    }

    synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    synchronized String table(String title) {
        var rows = new ArrayList<String[]>();
        rows.add(new String[] {"section", "figure", "value", "target", "verdict"});
        for (var f : figures) {
            var met = f.met();
            rows.add(new String[] {f.section(), f.name(),
                    number(f.value()) + " " + f.unit(), f.targetText(),
                    met == null ? "" : met ? "meets" : "MISSES"});
        }
        int[] widths = new int[5];
        for (var row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        var out = new StringBuilder("\n").append(title).append('\n');
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                out.append(i == 0 ? "| " : " | ").append(pad(row[i], widths[i], i == 2));
            }
            out.append(" |\n");
            if (r == 0) {
                for (int i = 0; i < row.length; i++) {
                    out.append(i == 0 ? "|-" : "-|-").append("-".repeat(widths[i]));
                }
                out.append("-|\n");
            }
        }
        return out.toString();
    }

    synchronized void writeJson(Path file, String scale, String database, Machine machine) {
        var entries = figures.stream().map(f -> "    {\"section\": " + quoted(f.section())
                + ", \"figure\": " + quoted(f.name()) + ", \"value\": " + json(f.value())
                + ", \"unit\": " + quoted(f.unit())
                + ", \"target\": " + (f.goal() == Goal.NONE ? "null" : "{\"goal\": " + quoted(f.goal().sign)
                        + ", \"value\": " + json(f.target()) + "}")
                + ", \"met\": " + f.met() + "}")
                .collect(Collectors.joining(",\n"));
        var text = "{\n  \"scale\": " + quoted(scale)
                + ",\n  \"database\": " + quoted(database)
                + ",\n  \"commit\": " + quoted(machine.commit())
                + ",\n  \"uncommittedChanges\": " + machine.uncommittedChanges()
                + ",\n  \"machine\": {\"cores\": " + machine.cores() + ", \"loadAtStart\": "
                + json(machine.loadAtStart()) + ", \"loadAtEnd\": " + json(machine.loadAtEnd()) + ", \"java\": "
                + quoted(machine.javaVersion()) + ", \"os\": " + quoted(machine.os()) + ", \"maxHeapMegabytes\": "
                + machine.maxHeapMegabytes() + "}"
                + ",\n  \"figures\": [\n" + entries + "\n  ]\n}\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e12 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String json(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null"
                : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String quoted(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String pad(String text, int width, boolean right) {
        var padding = " ".repeat(width - text.length());
        return right ? padding + text : text + padding;
    }
}
