package com.onboarding.console.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Starts the console in a fresh JVM (demo profile, a random port, an empty database: an H2 file, or PostgreSQL when
 * the benchmarks run there) and reads how long it took until the application was ready with its demo data.
 */
final class StartupProbe {

    private static final Pattern READY = Pattern.compile(
            StartupMain.READY + " jvm-ms=(\\d+) run-ms=(\\d+) customers=(\\d+)");

    /**
     * @param jvmSeconds from the JVM's start to ApplicationReadyEvent
     * @param runSeconds from SpringApplication.run to ApplicationReadyEvent
     * @param wallSeconds from launching the process to reading the line, as seen from outside
     * @param customers customers in the database when ready (the demo data)
     */
    record Startup(double jvmSeconds, double runSeconds, double wallSeconds, long customers) {
    }

    /** @param database settings of an empty database for the console; none for an H2 file of its own */
    static Startup measure(Duration timeout, String... database) {
        Path directory;
        try {
            directory = Files.createTempDirectory("console-startup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                StartupMain.class.getName(), "--spring.profiles.active=demo", "--server.port=0"));
        if (database.length == 0) {
            command.add("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("console").toAbsolutePath());
        } else {
            command.addAll(List.of(database));
        }
        long launched = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var started = new CompletableFuture<Startup>();
        var tail = new ConcurrentLinkedDeque<String>();
        Thread.ofPlatform().daemon().name("startup-probe-log").start(() -> {
            try (var log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = log.readLine()) != null;) {
                    tail.addLast(line);
                    if (tail.size() > 40) {
                        tail.removeFirst();
                    }
                    var match = READY.matcher(line);
                    if (match.find() && !started.isDone()) {
                        started.complete(new Startup(Long.parseLong(match.group(1)) / 1e3,
                                Long.parseLong(match.group(2)) / 1e3, (System.nanoTime() - launched) / 1e9,
                                Long.parseLong(match.group(3))));
                    }
                }
                started.completeExceptionally(new IllegalStateException("The console stopped before it was ready."));
            } catch (IOException e) {
                started.completeExceptionally(e);
            }
        });
        try {
            return started.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The console did not report ready within " + timeout + "; its log ended:\n"
                    + String.join("\n", tail), e);
        } finally {
            stop(process);
            delete(directory);
        }
    }

    private static void delete(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
