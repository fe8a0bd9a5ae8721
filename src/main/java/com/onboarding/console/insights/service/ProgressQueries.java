package com.onboarding.console.insights.service;

import static com.onboarding.console.insights.service.InsightsSql.SETTLED;
import static com.onboarding.console.insights.service.InsightsSql.medianAndP90;
import static com.onboarding.console.insights.service.InsightsSql.number;
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
 * How customers move through the checklist, counted and measured in the database from the steps' timestamps:
 * a phase is finished when its last step is settled, and the next one starts then (phase 1 when the customer is
 * created). Only aggregates leave the database.
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
        var entered = counts("with " + q.phaseDone() + ", " + q.customerDone()
                + " select 1, count(*) from customer c where " + q.customers() + " and " + q.inPeriod("c.created_at")
                + " union all select pd.phase + 1, count(*) from phase_done pd where pd.phase < "
                + StepCatalog.phases() + " and " + q.inPeriod("pd.done_at") + " group by pd.phase"
                + " union all select " + COMPLETE + ", count(*) from customer_done cd where "
                + q.inPeriod("cd.done_at"), q);
        var stages = new ArrayList<FunnelStage>();
        for (int phase = 1; phase <= StepCatalog.phases(); phase++) {
            stages.add(new FunnelStage(phase, current.getOrDefault(phase, 0L), entered.getOrDefault(phase, 0L)));
        }
        stages.add(new FunnelStage(null, current.getOrDefault(COMPLETE, 0L), entered.getOrDefault(COMPLETE, 0L)));
        return stages;
    }

    /** From the customer's creation to their last step settled, for customers who completed in the period. */
    Spread timeToOnboard(InsightsSql q) {
        return jdbc.sql("with " + q.customerDone() + " select count(*), "
                        + medianAndP90(seconds("c.created_at", "cd.done_at"))
                        + " from customer_done cd join customer c on c.id = cd.customer_id where "
                        + q.inPeriod("cd.done_at"))
                .params(q.params())
                .query((row, n) -> Spread.ofSeconds(row.getLong(1), number(row, 2), number(row, 3)))
                .single();
    }

    /** Per phase finished in the period: from the previous phase's end (or creation) to its own. */
    List<PhaseTime> timePerPhase(InsightsSql q) {
        return jdbc.sql("with " + q.phaseDone() + " select pd.phase, count(*), "
                        + medianAndP90(seconds("coalesce(prev.done_at, c.created_at)", "pd.done_at"))
                        + " from phase_done pd join customer c on c.id = pd.customer_id"
                        + " left join phase_done prev on prev.customer_id = pd.customer_id"
                        + " and prev.phase = pd.phase - 1"
                        // A phase opened early by a gate override has no start to measure from.
                        + " where " + q.inPeriod("pd.done_at") + " and (pd.phase = 1 or prev.customer_id is not null)"
                        + " group by pd.phase order by pd.phase")
                .params(q.params())
                .query((row, n) -> new PhaseTime(row.getInt(1),
                        Spread.ofSeconds(row.getLong(2), number(row, 3), number(row, 4))))
                .list();
    }

    /**
     * Per step settled in the period: the time since the customer's previous settled step (or creation), which is
     * how long this step held the customer up. Slowest median first.
     */
    List<StepTime> timePerStep(InsightsSql q) {
        var times = jdbc.sql("with settled as (select s.code, s.changed_at, coalesce(lag(s.changed_at) over"
                        + " (partition by s.customer_id order by s.changed_at, s.code), c.created_at) as started_at"
                        + " from customer_step s join customer c on c.id = s.customer_id"
                        + " where " + q.activeInPeriod() + " and " + SETTLED + ")"
                        + " select code, count(*), " + medianAndP90(seconds("started_at", "changed_at"))
                        + " from settled where " + q.inPeriod("changed_at") + " group by code")
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
        jdbc.sql("with " + q.customerDone() + " select week, count(*) from (select cast(floor((extract(epoch from"
                        + " cd.done_at) - :fromEpoch) / " + WEEK_SECONDS + ") as integer) as week"
                        + " from customer_done cd where " + q.inPeriod("cd.done_at") + ") weeks group by week")
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
