package com.onboarding.console;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Account ids for test customers: always 12 digits, and unique within the database they are written to. Tests
 * take them from the range {@link #FIRST}..{@link #LAST}, which no demo customer, consolidated payer or AWS
 * setting uses. Each database's next id is the larger of the highest id of the range already in its customer
 * table and the ids this JVM has handed out for it (written or not), so runs that reuse a database, several
 * contexts on one database and the benchmark's seed never collide.
 */
public final class TestAccountIds {

    static final long FIRST = 700_000_000_000L;
    static final long LAST = 799_999_999_999L;

    /** Per database (its JDBC URL), the first id not yet handed out. */
    private static final Map<String, Long> NEXT = new HashMap<>();

    private TestAccountIds() {
    }

    /** One new id for the database. */
    public static String next(DataSource database) {
        return format(allocate(database, 1));
    }

    /**
     * Reserves {@code count} consecutive new ids in the database and returns the first as a number; the block is
     * {@code first .. first + count - 1}, each formatted with {@link #format}.
     */
    public static synchronized long allocate(DataSource database, int count) {
        var url = urlOf(database);
        var highest = new JdbcTemplate(database).queryForObject(
                "select max(account_id) from customer where account_id between ? and ?", String.class,
                format(FIRST), format(LAST));
        long first = firstAfter(highest, NEXT.getOrDefault(url, FIRST), count);
        NEXT.put(url, first + count);
        return first;
    }

    /**
     * The first id of a block of {@code count} that lies above both the highest id in the database and the ids
     * already handed out; refused when the range has no room left for the block.
     *
     * @param highest the highest id of the range in the database, if any
     * @param notHandedOut the lowest id this JVM has not handed out yet
     */
    static long firstAfter(@Nullable String highest, long notHandedOut, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a block has at least one id, not " + count);
        }
        long first = Math.max(Math.max(FIRST, notHandedOut), highest == null ? FIRST : Long.parseLong(highest) + 1);
        if (first > LAST - count + 1) {
            throw new IllegalStateException("The test account ids " + format(FIRST) + " to " + format(LAST)
                    + " have no room for " + count + " more after " + (first - 1) + ": use a fresh database.");
        }
        return first;
    }

    /** The 12-digit text of an id of the range; anything that would not be 12 digits is refused. */
    public static String format(long id) {
        if (id < FIRST || id > LAST) {
            throw new IllegalArgumentException(id + " is outside the test account ids " + FIRST + " to " + LAST);
        }
        return Long.toString(id);
    }

    private static String urlOf(DataSource database) {
        try (var connection = database.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
