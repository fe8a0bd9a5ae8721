package com.onboarding.console.bench;

import com.onboarding.console.Application;
import java.lang.management.ManagementFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's own start, in the JVM {@link StartupProbe} launches, reporting on one line when the application is
 * ready (ApplicationReadyEvent: after the runners, so the demo data exists) and how many customers it holds.
 */
final class StartupMain {

    static final String READY = "CONSOLE READY";

    private StartupMain() {
    }

    public static void main(String[] args) {
        long run = System.nanoTime();
        new SpringApplicationBuilder(Application.class)
                .listeners((ApplicationReadyEvent ready) -> {
                    long customers = ready.getApplicationContext().getBean(JdbcTemplate.class)
                            .queryForObject("select count(*) from customer", Long.class);
                    System.out.println(READY + " jvm-ms=" + ManagementFactory.getRuntimeMXBean().getUptime()
                            + " run-ms=" + (System.nanoTime() - run) / 1_000_000 + " customers=" + customers);
                })
                .run(args);
    }
}
