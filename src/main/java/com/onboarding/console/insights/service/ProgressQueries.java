package com.onboarding.console.insights.service;

import static com.onboarding.console.insights.service.InsightsSql.ONBOARDED;
import static com.onboarding.console.insights.service.InsightsSql.medianAndP90;
import static com.onboarding.console.insights.service.InsightsSql.number;
import static com.onboarding.console.insights.service.InsightsSql.phaseCompleted;
import static com.onboarding.console.insights.service.InsightsSql.seconds;

import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.insights.domain.FunnelStage;
import com.onboarding.console.insights.domain.PhaseTime;
import com.onboarding.console.insights.domain.Spread;
import com.onboarding.console.insights.domain.StepTime;
import com.onboarding.console.insights.domain.WeeklyCount;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How customers move through the checklist, counted and measured in the database from the completion times on
 * the customers' rows and, per step, the steps' timestamps: a phase is finished when its last step is settled, and
 * the next one starts then (phase 1 when the customer is created). Only aggregates leave the database.
 */
@Component
class ProgressQueries {

    /** Stage number of the customers whose every step is settled. */
    private static final int COMPLETE = 0;
    private static final long WEEK_SECONDS = Duration.ofDays(7).toSeconds();

    private final JdbcClient jdbc;

    ProgressQueries(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Customers per phase now, and how many reached each phase (and completion) in the period. */
    List<FunnelStage> funnel(InsightsSql q) {
        var current = counts("select stage, count(*) from (select case when c.completed_steps >= "
                + StepCatalog.STEPS.size() + " then " + COMPLETE + " else c.current_phase end as stage"
                + " from customer c where " + q.customers() + ") stages group by stage", q);
        // Phase 1 is reached on creation, each later one when the one before it is completed.
        var reached = new StringBuilder(reachedIn(1, "c.created_at", q));
        for (int phase = 2; phase <= StepCatalog.phases(); phase++) {
            reached.append(" union all ").append(reachedIn(phase, phaseCompleted(phase - 1), q));
        }
        reached.append(" union all ").append(reachedIn(COMPLETE, ONBOARDED, q));
        var entered = counts(reached.toString(), q);
        var stages = new ArrayList<FunnelStage>();
        for (int phase = 1; phase <= StepCatalog.phases(); phase++) {
            stages.add(new FunnelStage(phase, current.getOrDefault(phase, 0L), entered.getOrDefault(phase, 0L)));
        }
        stages.add(new FunnelStage(null, current.getOrDefault(COMPLETE, 0L), entered.getOrDefault(COMPLETE, 0L)));
        return stages;
    }

    private static String reachedIn(int stage, String reachedAt, InsightsSql q) {
        return "select " + stage + ", count(*) from customer c where " + q.customers() + " and "
                + q.inPeriod(reachedAt);
    }

    /** From the customer's creation to their last step settled, for customers who completed in the period. */
    Spread timeToOnboard(InsightsSql q) {
        return jdbc.sql("select count(*), " + medianAndP90(seconds("c.created_at", ONBOARDED))
                        + " from customer c where " + q.customers() + " and " + q.inPeriod(ONBOARDED))
                .params(q.params())
                .query((row, n) -> Spread.ofSeconds(row.getLong(1), number(row, 2), number(row, 3)))
                .single();
    }

    /** Per phase finished in the period: from the previous phase's end (or creation) to its own. */
    List<PhaseTime> timePerPhase(InsightsSql q) {
        var perPhase = new ArrayList<String>();
        for (int phase = 1; phase <= StepCatalog.phases(); phase++) {
            var end = phaseCompleted(phase);
            var start = phase == 1 ? "c.created_at" : phaseCompleted(phase - 1);
            perPhase.add("select " + phase + " as phase, count(*) as n, " + medianAndP90(seconds(start, end))
                    + " from customer c where " + q.customers() + " and " + q.inPeriod(end)
                    // A phase opened early by a gate override, its predecessor still open, has no start.
                    + (phase == 1 ? "" : " and " + start + " is not null") + " having count(*) > 0");
        }
        return jdbc.sql(String.join(" union all ", perPhase) + " order by phase")
                .params(q.params())
                .query((row, n) -> new PhaseTime(row.getInt(1),
                        Spread.ofSeconds(row.getLong(2), number(row, 3), number(row, 4))))
                .list();
    }

    /**
     * Per step settled in the period: the time since the customer's previous settled step (or creation), which is
     * how long this step held the customer up, as the checklist keeps it on every settled step (and only there).
     * Slowest median first.
     */
    List<StepTime> timePerStep(InsightsSql q) {
        var times = jdbc.sql("select s.code, count(*), " + medianAndP90("s.held_seconds")
                        + " from customer_step s join customer c on c.id = s.customer_id"
                        + " where " + q.customers() + " and s.held_seconds is not null and "
                        + q.inPeriod("s.changed_at") + " group by s.code")
                .params(q.params())
                .query((row, n) -> new StepTime(StepCode.parse(row.getString(1)),
                        Spread.ofSeconds(row.getLong(2), number(row, 3), number(row, 4))))
                .list();
        return times.stream().sorted(Comparator.comparing((StepTime t) -> t.spread().medianDays()).reversed()
                .thenComparing(StepTime::code)).toList();
    }

    /** Completions per week of the period, weeks counted from its first day; weeks without any are zero. */
    List<WeeklyCount> weeklyCompletions(InsightsSql q) {
        var params = new HashMap<>(q.params());
        params.put("fromEpoch", q.period().from().getEpochSecond());
        var perWeek = new HashMap<Long, Long>();
        jdbc.sql("select week, count(*) from (select cast(floor((extract(epoch from " + ONBOARDED
                        + ") - :fromEpoch) / " + WEEK_SECONDS + ") as integer) as week from customer c where "
                        + q.customers() + " and " + q.inPeriod(ONBOARDED) + ") weeks group by week")
                .params(params)
                .query(row -> {
                    perWeek.put(row.getLong(1), row.getLong(2));
                });
        var first = q.period().from().atOffset(ZoneOffset.UTC).toLocalDate();
        long weeks = (Duration.between(q.period().from(), q.period().to()).toSeconds() + WEEK_SECONDS - 1)
                / WEEK_SECONDS;
        var result = new ArrayList<WeeklyCount>();
        for (long week = 0; week < weeks; week++) {
            result.add(new WeeklyCount(first.plusWeeks(week), perWeek.getOrDefault(week, 0L)));
        }
        return result;
    }

    private Map<Integer, Long> counts(String sql, InsightsSql q) {
        var counts = new HashMap<Integer, Long>();
        jdbc.sql(sql).params(q.params()).query(row -> {
            counts.merge(row.getInt(1), row.getLong(2), Long::sum);
        });
        return counts;
    }
}
