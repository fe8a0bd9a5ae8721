package com.onboarding.console.aws;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Times every AWS call: timer {@value #TIMER} tagged with service, operation and outcome. */
@Component
public class AwsCallMetrics {

    public static final String TIMER = "console.aws.calls";

    private final MeterRegistry registry;

    public AwsCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs the call; the outcome is "success" or the failure's reason in lower case, e.g. "throttled". */
    public <T> T time(AwsOperation operation, Supplier<T> call) {
        var sample = Timer.start(registry);
        var outcome = "success";
        try {
            return call.get();
        } catch (AwsCallException e) {
            outcome = e.reason().name().toLowerCase(Locale.ROOT);
            throw e;
        } catch (RuntimeException e) {
            outcome = "error";
            throw e;
        } finally {
            sample.stop(Timer.builder(TIMER)
                    .description("AWS calls of the onboarding console")
                    .tag("service", operation.service())
                    .tag("operation", operation.operationName())
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }
}
