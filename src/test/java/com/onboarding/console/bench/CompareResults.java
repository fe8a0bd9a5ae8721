package com.onboarding.console.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two benchmark results files (target/bench/results.json of two runs) and prints, per figure, both values
 * and the ratio new / old. Runs on its own, without the build:
 * {@code java src/test/java/com/onboarding/console/bench/CompareResults.java OLD.json NEW.json}
 */
public final class CompareResults {

    private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern FIGURE = Pattern.compile("\\{\"section\": " + STRING + ", \"figure\": " + STRING
            + ", \"value\": ([-0-9.eE]+|null), \"unit\": " + STRING);
    private static final Pattern HEADER = Pattern.compile("\"(scale|database|commit)\": " + STRING);
    private static final Pattern MACHINE = Pattern.compile("\"cores\": (\\d+), \"loadAtStart\": ([-0-9.]+|null),"
            + " \"loadAtEnd\": ([-0-9.]+|null)");

    /** One run's figures by section and name, and what it ran on. */
    record Run(Map<String, String> about, Map<String, Double> values, Map<String, String> units) {

        static Run parse(String json) {
            var about = new LinkedHashMap<String, String>();
            Matcher header = HEADER.matcher(json);
            while (header.find()) {
                about.putIfAbsent(header.group(1), unescape(header.group(2)));
            }
            Matcher machine = MACHINE.matcher(json);
            if (machine.find()) {
                about.put("machine", machine.group(1) + " cores, load " + machine.group(2) + " -> " + machine.group(3));
            }
            var values = new LinkedHashMap<String, Double>();
            var units = new LinkedHashMap<String, String>();
            Matcher figure = FIGURE.matcher(json);
            while (figure.find()) {
                var key = unescape(figure.group(1)) + " | " + unescape(figure.group(2));
                values.put(key, figure.group(3).equals("null") ? Double.NaN : Double.parseDouble(figure.group(3)));
                units.put(key, unescape(figure.group(4)));
            }
            if (values.isEmpty()) {
                throw new IllegalArgumentException("no benchmark figures in this file");
            }
            return new Run(about, values, units);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java CompareResults.java OLD.json NEW.json");
            System.exit(2);
        }
        var old = Run.parse(Files.readString(Path.of(args[0])));
        var now = Run.parse(Files.readString(Path.of(args[1])));
        System.out.print(compare(old, now, args[0], args[1]));
    }

    /** The comparison as text: what each run was, then one line per figure with the ratio new / old. */
    static String compare(Run old, Run now, String oldName, String newName) {
        var out = new StringBuilder();
        out.append("old: ").append(oldName).append(' ').append(old.about()).append('\n');
        out.append("new: ").append(newName).append(' ').append(now.about()).append('\n');
        var rows = new ArrayList<String[]>();
        rows.add(new String[] {"figure", "old", "new", "new / old"});
        var keys = new ArrayList<>(old.values().keySet());
        now.values().keySet().stream().filter(k -> !old.values().containsKey(k)).forEach(keys::add);
        for (var key : keys) {
            Double a = old.values().get(key);
            Double b = now.values().get(key);
            var unit = now.units().getOrDefault(key, old.units().get(key));
            rows.add(new String[] {key, a == null ? "-" : number(a) + " " + unit, b == null ? "-" : number(b) + " " + unit,
                    a == null || b == null ? (a == null ? "only in new" : "only in old") : ratio(a, b)});
        }
        int[] widths = new int[4];
        for (var row : rows) {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (var row : rows) {
            out.append(String.format(Locale.ROOT, "%-" + widths[0] + "s  %" + widths[1] + "s  %" + widths[2] + "s  %"
                    + widths[3] + "s%n", (Object[]) row));
        }
        return out.toString();
    }

    private static String ratio(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || a == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2fx", b / a);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }

    private static String unescape(String text) {
        return text.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }
}
