package com.onboarding.console.base.live;

import java.util.function.Consumer;
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
            private volatile Consumer<Change> receiver = change -> { };

            @Override
            public void send(Change change) {
                receiver.accept(change);
            }

            @Override
            public void onReceive(Consumer<Change> receiver) {
                this.receiver = receiver;
            }
        };
    }
}
