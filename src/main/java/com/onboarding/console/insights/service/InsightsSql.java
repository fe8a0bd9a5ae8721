package com.onboarding.console.insights.service;

import com.onboarding.console.customers.domain.OnboardingTimes;
import com.onboarding.console.insights.domain.ReportPeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The pieces the insight queries share, in SQL that H2 and PostgreSQL both run: which customers count, and the
 * phase and completion times the customer's row keeps.
 *
 * @param csmUserId only this CSM's customers, or everybody's
 */
record InsightsSql(@Nullable Long csmUserId, ReportPeriod period) {

    /** Seconds between two timestamps; the same expression in both databases. */
    static String seconds(String from, String to) {
        return "(extract(epoch from " + to + ") - extract(epoch from " + from + "))";
    }

    static String medianAndP90(String seconds) {
        return "percentile_cont(0.5) within group (order by " + seconds + "), "
                + "percentile_cont(0.9) within group (order by " + seconds + ")";
    }

    /** Active customers (alias c) of the scope. */
    String customers() {
        return "c.archived = false" + (csmUserId == null ? "" : " and c.csm_user_id = :csm");
    }

    String inPeriod(String column) {
        return column + " >= :from and " + column + " < :to";
    }

    /** When the customer (alias c) completed the phase; the customers feature keeps it on the row. */
    static String phaseCompleted(int phase) {
        if (phase < 1 || phase > OnboardingTimes.PHASES) {
            throw new IllegalArgumentException("no completion time of phase " + phase + " on the customer row");
        }
        return "c.phase" + phase + "_completed_at";
    }

    /** When the customer (alias c) settled the last step of the checklist, or null before. */
    static final String ONBOARDED = "c.onboarded_at";

    Map<String, Object> params() {
        var params = new HashMap<String, Object>();
        params.put("from", OffsetDateTime.ofInstant(period.from(), ZoneOffset.UTC));
        params.put("to", OffsetDateTime.ofInstant(period.to(), ZoneOffset.UTC));
        if (csmUserId != null) {
            params.put("csm", csmUserId);
        }
        return params;
    }

    /** A number column that may be null; H2 answers BigDecimal where PostgreSQL answers double. */
    static @Nullable Double number(ResultSet row, int column) throws SQLException {
        var value = row.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
