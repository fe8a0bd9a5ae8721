package com.onboarding.console.aws.sdk;

import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.OrganizationFacts;
import com.onboarding.console.aws.OrganizationPort;
import org.springframework.stereotype.Component;

/** AWS Organizations through the SDK. */
@Component
@SdkMode
final class SdkOrganizations implements OrganizationPort {

    private final SdkAws sdk;

    SdkOrganizations(SdkAws sdk) {
        this.sdk = sdk;
    }

    @Override
    public OrganizationFacts describeOrganization(AwsTarget target) {
        var organization = sdk.call(AwsOperation.DESCRIBE_ORGANIZATION, target.accountId(),
                () -> sdk.clients.organizations.describeOrganization(r -> r.overrideConfiguration(sdk.as(target))))
                .organization();
        return new OrganizationFacts(organization.id(), organization.masterAccountId(),
                organization.masterAccountEmail());
    }
}
