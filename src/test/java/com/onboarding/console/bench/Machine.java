package com.onboarding.console.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** What a benchmark ran on and from: the commit, the machine and how busy it was, so two runs can be compared. */
record Machine(String commit, boolean uncommittedChanges, int cores, double loadAtStart, double loadAtEnd,
        String javaVersion, String os, long maxHeapMegabytes) {

    static Machine now(double loadAtStart) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        var commit = git("rev-parse", "HEAD");
        var status = git("status", "--porcelain", "--untracked-files=no");
        return new Machine(commit.isEmpty() ? "unknown" : commit, !status.isEmpty(), os.getAvailableProcessors(),
                loadAtStart, os.getSystemLoadAverage(), Runtime.version().toString(),
                os.getName() + " " + os.getVersion() + " " + os.getArch(), Runtime.getRuntime().maxMemory() >> 20);
    }

    String describe() {
        return String.format(Locale.ROOT, "%d cores, load average %.1f at the start and %.1f at the end, Java %s,"
                + " max heap %d MB%s", cores, loadAtStart, loadAtEnd, javaVersion, maxHeapMegabytes,
                uncommittedChanges ? ", with uncommitted changes" : "");
    }

    /** The output of a git command in the working directory, or empty where git or the repository is missing. */
    private static String git(String... arguments) {
        var command = new ArrayList<String>();
        command.add("git");
        command.addAll(List.of(arguments));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return "";
            }
            return output;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
