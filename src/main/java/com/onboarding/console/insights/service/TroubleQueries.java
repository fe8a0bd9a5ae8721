package com.onboarding.console.insights.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.customers.domain.WaitingOn;
import com.onboarding.console.insights.domain.FailingStep;
import com.onboarding.console.insights.domain.StalledCustomer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where onboarding is stuck: customers whose steps stand still, and steps that keep failing. */
@Component
class TroubleQueries {

    /** More stalled customers than this is a list nobody works through; the longest stalled come first. */
    static final int STALLED_MAX = 500;

    private final JdbcClient jdbc;

    TroubleQueries(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Customers not complete whose last step change is longer ago than their phase allows, longest first. */
    List<StalledCustomer> stalled(InsightsSql q, InsightsSettings settings, Instant now) {
        var params = new HashMap<>(q.params());
        var cutoff = new StringBuilder("case c.current_phase");
        for (int phase = 1; phase <= StepCatalog.phases(); phase++) {
            cutoff.append(" when ").append(phase).append(" then :cutoff").append(phase);
            params.put("cutoff" + phase, OffsetDateTime.ofInstant(now.minus(settings.stalledAfter(phase)),
                    ZoneOffset.UTC));
        }
        cutoff.append(" end");
        var lastChange = "coalesce(c.steps_changed_at, c.created_at)";
        return jdbc.sql("select c.id, c.name, c.current_phase, c.waiting_on, " + lastChange + " as last_change,"
                        + " c.reminders_off"
                        + " from customer c where " + q.customers() + " and c.completed_steps < "
                        + StepCatalog.STEPS.size() + " and " + lastChange + " < " + cutoff
                        + " order by last_change, c.id limit " + STALLED_MAX)
                .params(params)
                .query((row, n) -> {
                    var last = row.getObject(5, OffsetDateTime.class).toInstant();
                    return new StalledCustomer(row.getLong(1), row.getString(2), row.getInt(3),
                            WaitingOn.valueOf(row.getString(4)), last, Duration.between(last, now).toDays(),
                            row.getBoolean(6));
                })
                .list();
    }

    /**
     * Steps by how often they failed in the period, with the AWS error code (the error class) most often answered
     * for them, as the AWS_ERROR entries keep it. Both parts read only the trail's indexes.
     */
    List<FailingStep> failingSteps(InsightsSql q) {
        var params = new HashMap<>(q.params());
        params.put("transition", AuditAction.STEP_TRANSITION.name());
        params.put("failed", StepStatus.FAILED.name());
        params.put("awsError", AuditAction.AWS_ERROR.name());
        var inScope = " from audit_entry a join customer c on c.id = a.customer_id where " + q.customers() + " and "
                + q.inPeriod("a.occurred_at");
        return jdbc.sql("with failures as (select a.step_code, count(*) as n" + inScope
                        + " and a.action = :transition and a.to_state = :failed group by a.step_code),"
                        + " counted as (select a.step_code, a.error_code, count(*) as n, row_number() over"
                        + " (partition by a.step_code order by count(*) desc, a.error_code) as r" + inScope
                        + " and a.action = :awsError and a.error_code is not null group by a.step_code, a.error_code)"
                        + " select f.step_code, f.n, k.error_code, k.n from failures f"
                        + " left join counted k on k.step_code = f.step_code and k.r = 1"
                        + " order by f.n desc, f.step_code")
                .params(params)
                .query((row, n) -> new FailingStep(StepCode.parse(row.getString(1)), row.getLong(2),
                        row.getString(3), row.getLong(4)))
                .list();
    }
}
