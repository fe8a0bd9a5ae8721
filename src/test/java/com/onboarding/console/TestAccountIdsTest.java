package com.onboarding.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The test account ids: 12 digits and new for every seed the generator can be given. */
class TestAccountIdsTest {

    private static final long SPAN = TestAccountIds.LAST - TestAccountIds.FIRST + 1;

    @Test
    void everyIdOfTheWholeRangeHasTwelveDigits() {
        // Every 9,973rd id (a prime step, so every digit position varies) and the ends of the range.
        for (long id = TestAccountIds.FIRST; id <= TestAccountIds.LAST; id += 9_973) {
            assertTwelveDigits(TestAccountIds.format(id));
        }
        assertTwelveDigits(TestAccountIds.format(TestAccountIds.FIRST));
        assertTwelveDigits(TestAccountIds.format(TestAccountIds.LAST));
        assertThatThrownBy(() -> TestAccountIds.format(TestAccountIds.LAST + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TestAccountIds.format(TestAccountIds.FIRST - 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Seeds are the highest id in the database and the first id this JVM has not handed out. */
    @Test
    void aBlockFromAnySeedLiesAboveBothAndInsideTheRange() {
        var random = new Random(20);
        for (int i = 0; i < 200_000; i++) {
            long highest = TestAccountIds.FIRST + Math.floorMod(random.nextLong(), SPAN);
            long handedOut = TestAccountIds.FIRST + Math.floorMod(random.nextLong(), SPAN);
            int count = 1 + random.nextInt(20_000);
            if (Math.max(highest + 1, handedOut) + count - 1 > TestAccountIds.LAST) {
                assertThatThrownBy(() -> TestAccountIds.firstAfter(Long.toString(highest), handedOut, count))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("fresh database");
                continue;
            }
            long first = TestAccountIds.firstAfter(Long.toString(highest), handedOut, count);
            assertThat(first).isGreaterThan(highest).isGreaterThanOrEqualTo(handedOut);
            assertTwelveDigits(TestAccountIds.format(first));
            assertTwelveDigits(TestAccountIds.format(first + count - 1));
        }
    }

    @Test
    void theLastIdsOfTheRangeAreHandedOutOnceThenRefused() {
        long first = TestAccountIds.firstAfter(Long.toString(TestAccountIds.LAST - 3), TestAccountIds.FIRST, 3);
        assertThat(TestAccountIds.format(first + 2)).isEqualTo("799999999999");
        assertThatThrownBy(() -> TestAccountIds.firstAfter(Long.toString(TestAccountIds.LAST), TestAccountIds.FIRST,
                1)).isInstanceOf(IllegalStateException.class);
        assertThat(TestAccountIds.firstAfter(null, TestAccountIds.FIRST, 1)).isEqualTo(TestAccountIds.FIRST);
    }

    @Test
    void consecutiveBlocksNeverOverlap() {
        var seen = new HashSet<String>();
        long next = TestAccountIds.FIRST;
        String highest = null;
        for (int block = 0; block < 1_000; block++) {
            int count = 1 + block % 50;
            long first = TestAccountIds.firstAfter(highest, next, count);
            for (long id = first; id < first + count; id++) {
                assertThat(seen.add(TestAccountIds.format(id))).isTrue();
            }
            next = first + count;
            // Every other block is written to the database before the next is asked for.
            highest = block % 2 == 0 ? TestAccountIds.format(next - 1) : highest;
        }
    }

    private static void assertTwelveDigits(String id) {
        assertThat(id).hasSize(12).containsOnlyDigits();
    }
}
