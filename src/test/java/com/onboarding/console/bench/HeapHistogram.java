package com.onboarding.console.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.ObjectName;

/** Bytes per class on the heap (after a full collection), to see which objects a change of the heap consists of. */
final class HeapHistogram {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final Map<String, Long> bytes;

    private HeapHistogram(Map<String, Long> bytes) {
        this.bytes = bytes;
    }

    static HeapHistogram take() {
        try {
            var text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            var bytes = new HashMap<String, Long>();
            for (var line : text.split("\n")) {
                var row = ROW.matcher(line);
                if (row.find()) {
                    bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
                }
            }
            return new HeapHistogram(bytes);
        } catch (JMException e) {
            throw new IllegalStateException("The JVM gives no class histogram", e);
        }
    }

    /** The classes that grew most from {@code before} to this one, bytes per {@code per} objects. */
    String largestGrowth(HeapHistogram before, int per, int rows) {
        return bytes.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.bytes.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(rows)
                .map(e -> String.format("%10.1f KB  %s", e.getValue() / 1024.0 / per, e.getKey()))
                .collect(Collectors.joining("\n"));
    }
}
