package com.onboarding.console.insights;

import com.onboarding.console.PostgresTest;
import com.onboarding.console.TestFixture;
import com.onboarding.console.insights.service.InsightsService;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The insight queries give PostgreSQL's answers the same as H2's: the figures worked out by hand. */
class InsightsOnPostgresTest extends PostgresTest {

    @Test
    void figuresOfACsmsOwnCustomersAreTheOnesWorkedOutByHand() {
        var instance = startInstance();
        var ops = createUser(instance, Role.OPS, null);
        var csm = createUser(instance, Role.CSM, null);
        long csmId = ((AppUserPrincipal) csm.getPrincipal()).userId();
        var data = as(instance, ops, () -> new InsightsDataSet(new TestFixture(instance),
                instance.getBean(DataSource.class), csmId, instance.getBean(Clock.class).instant()).seed());
        as(instance, csm, () -> {
            data.assertFigures(instance.getBean(InsightsService.class));
            return null;
        });
    }
}
