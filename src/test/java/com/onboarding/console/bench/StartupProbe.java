package com.onboarding.console.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Starts the console in a fresh JVM with its embedded defaults (H2 file database, sandbox AWS) on a free port,
 * and reads from its log how long the JVM ran until the application was ready.
 */
final class StartupProbe {

    /** Spring Boot's line once the application is ready: the context's own time and the JVM's uptime. */
    private static final Pattern STARTED = Pattern.compile(
            "Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

    /**
     * @param contextSeconds from the start of SpringApplication.run to ready
     * @param jvmSeconds from the JVM's start to ready
     * @param wallSeconds from launching the process to reading the line, as seen from outside
     */
    record Startup(double contextSeconds, double jvmSeconds, double wallSeconds) {
    }

    static Startup measure(Duration timeout) {
        Path directory;
        try {
            directory = Files.createTempDirectory("console-startup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "com.onboarding.console.Application",
                "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("console").toAbsolutePath(),
                "--spring.profiles.active=demo",
                "--server.port=0");
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
                    var match = STARTED.matcher(line);
                    if (match.find() && !started.isDone()) {
                        started.complete(new Startup(Double.parseDouble(match.group(1)),
                                Double.parseDouble(match.group(2)), (System.nanoTime() - launched) / 1e9));
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
