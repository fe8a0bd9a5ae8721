package com.onboarding.console.insights;

import static com.onboarding.console.TestFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.insights.domain.ReportPeriod;
import com.onboarding.console.insights.service.InsightsRequest;
import com.onboarding.console.insights.service.InsightsService;
import com.onboarding.console.insights.service.InsightsSettings;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class InsightsServiceTest extends ConsoleTest {

    @Autowired
    private InsightsService insights;
    @Autowired
    private InsightsSettings settings;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private Clock clock;

    @Test
    void figuresOfACsmsOwnCustomersAreTheOnesWorkedOutByHand() {
        runAs("admin");
        var csm = fixture().user(Role.CSM, null);
        var data = new InsightsDataSet(fixture(), dataSource, csm.getId(), clock.instant()).seed();
        runAs(csm.getUsername());
        data.assertFigures(insights);
    }

    @Test
    void allCustomersIncludeAnyCsmsOwn() {
        runAs("admin");
        var csm = fixture().user(Role.CSM, null);
        var data = new InsightsDataSet(fixture(), dataSource, csm.getId(), clock.instant()).seed();
        runAs("ops");
        var all = insights.figures(new InsightsRequest(data.period, false)).stalled();
        assertThat(all).extracting(s -> s.customerId()).contains(data.delta, data.foxtrot);
    }

    @Test
    void onlyACsmHasOwnCustomersToNarrowTo() {
        runAs("ops");
        assertThat(insights.hasOwnCustomers()).isFalse();
        assertThatThrownBy(() -> insights.figures(new InsightsRequest(ReportPeriod.lastDays(30, clock), true)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Only a customer success manager has customers of their own");
    }

    @Test
    void customersSeeNoInsights() {
        runAs("admin");
        var customer = fixture().customer("Insights Customer");
        runAs(customerUser(unique("insights.customer"), customer.id())
                .getUsername());
        assertThatThrownBy(() -> insights.figures(new InsightsRequest(ReportPeriod.lastDays(30, clock), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> insights.setReminders(customer.id(), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void stalledAfterDefaultsToFiveDaysInPhaseOneAndTwoLater() {
        assertThat(settings.stalledAfter()).containsExactly(Duration.ofDays(5), Duration.ofDays(2),
                Duration.ofDays(2));
        assertThatThrownBy(() -> new InsightsSettings(List.of(Duration.ofDays(1))))
                .hasMessageContaining("needs 3 positive durations, one per phase");
    }

    @Test
    void aCustomRangeCoversWholeDaysAndRefusesABackwardRange() {
        var zone = ZoneId.of("Europe/Berlin");
        var period = ReportPeriod.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), zone);
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 3, 1).atStartOfDay(zone).toInstant());
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 4, 1).atStartOfDay(zone).toInstant());
        assertThatThrownBy(() -> ReportPeriod.days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), zone))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The last day (2026-03-01) is before the first day (2026-03-02): choose a last day on"
                        + " or after the first.");
        assertThatThrownBy(() -> ReportPeriod.days(null, LocalDate.of(2026, 3, 1), zone))
                .isInstanceOf(InvalidInputException.class);
    }
}
