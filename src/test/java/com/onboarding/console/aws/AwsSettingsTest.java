package com.onboarding.console.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AwsSettingsTest {

    @EnableConfigurationProperties(AwsSettings.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void aBucketRegionCurDoesNotDeliverIntoStopsTheStartNamingTheAcceptedOnes() {
        for (var region : new String[] {"ca-west-1", "mx-central-1", "ap-southeast-7", "ap-east-2"}) {
            runner.withPropertyValues("console.aws.bucket-region=" + region)
                    .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageStartingWith("console.aws.bucket-region (CONSOLE_AWS_BUCKET_REGION) is "
                                    + region + ", but Cost and Usage Reports delivers reports only into buckets in"
                                    + " af-south-1, ap-east-1,")
                            .hasMessageContaining("eu-central-1", "us-west-2", "cn-northwest-1"));
        }
    }

    @Test
    void aRegionCurAcceptsStarts() {
        runner.withPropertyValues("console.aws.bucket-region=eu-south-2").run(context -> assertThat(context)
                .hasNotFailed().getBean(AwsSettings.class).extracting(AwsSettings::bucketRegion)
                .isEqualTo("eu-south-2"));
    }

    @Test
    void aBucketPrefixThatMakesNamesS3RefusesStopsTheStart() {
        runner.withPropertyValues("console.aws.bucket-prefix=DoiT_Reports-")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessage("console.aws.bucket-prefix and console.aws.id-template make report bucket names"
                                + " such as DoiT_Reports-123456789012, which S3 refuses: it may hold only lowercase"
                                + " letters, digits, dots and hyphens, and must begin and end with a letter or"
                                + " digit."));
    }
}
