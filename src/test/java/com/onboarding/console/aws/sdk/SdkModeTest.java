package com.onboarding.console.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.aws.AccountSecurityPort;
import com.onboarding.console.aws.CurReports;
import com.onboarding.console.aws.IamRoles;
import com.onboarding.console.aws.IdentityPort;
import com.onboarding.console.aws.OrganizationPort;
import com.onboarding.console.aws.S3Buckets;
import com.onboarding.console.aws.TaxPort;
import com.onboarding.console.aws.sandbox.SandboxAws;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** In sdk mode every AWS port is the SDK's part, and nothing of the sandbox exists beside them. */
@SpringBootTest(properties = "console.aws.mode=sdk")
@ActiveProfiles("test")
class SdkModeTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void everyPortIsTheSdks() {
        for (var port : List.of(OrganizationPort.class, AccountSecurityPort.class, IamRoles.class, IdentityPort.class,
                S3Buckets.class, CurReports.class, TaxPort.class)) {
            assertThat(context.getBean(port).getClass().getPackageName()).as(port.getSimpleName())
                    .isEqualTo(SdkAws.class.getPackageName());
        }
        assertThat(context.getBeanNamesForType(SandboxAws.class)).isEmpty();
    }
}
