package com.onboarding.console.checklist.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.PostgresTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two instances on one PostgreSQL database whose schedules fire at the same moment run one drift check. */
class DriftCheckAcrossInstancesTest extends PostgresTest {

    @Test
    void theScheduledCheckRunsOnceWhenBothInstancesFireTogether() throws Exception {
        var instances = List.of(startInstance(), startInstance());
        var together = new CountDownLatch(1);
        var calls = new ArrayList<Future<?>>();
        try (var threads = Executors.newFixedThreadPool(2)) {
            for (var instance : instances) {
                var check = instance.getBean(DriftCheck.class);
                calls.add(threads.submit(() -> {
                    together.await();
                    check.run();
                    return null;
                }));
            }
            together.countDown();
            for (var call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
        }
        // Later in the interval (a schedule that fires a little late) the lock still holds.
        instances.getLast().getBean(DriftCheck.class).run();

        try (var connection = connectToDatabase(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*), min(started_by), count(finished_at),"
                        + " (select count(*) from shedlock where name = '" + DriftCheck.LOCK + "') from fleet_run")) {
            rows.next();
            assertThat(rows.getInt(1)).as("fleet runs").isEqualTo(1);
            assertThat(rows.getString(2)).isEqualTo("schedule");
            assertThat(rows.getInt(3)).as("finished runs").isEqualTo(1);
            assertThat(rows.getInt(4)).as("lock rows").isEqualTo(1);
        }
    }
}
