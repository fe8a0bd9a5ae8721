package com.onboarding.console.base.live;

import java.util.function.LongConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One instance: a change goes straight to this JVM's views. */
@Configuration
class LocalChangeTransportConfig {

    @Bean
    @ConditionalOnProperty(name = "console.live.transport", havingValue = "local", matchIfMissing = true)
    ChangeTransport localChangeTransport() {
        return new ChangeTransport() {
            private volatile LongConsumer receiver = id -> { };

            @Override
            public void send(long customerId) {
                receiver.accept(customerId);
            }

            @Override
            public void onReceive(LongConsumer receiver) {
                this.receiver = receiver;
            }
        };
    }
}
