package com.onboarding.console.base.monitoring;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** The number of open UI sessions on this instance ({@code console.ui.sessions}). */
@Component
class UiSessionMetrics implements VaadinServiceInitListener {

    static final String NAME = "console.ui.sessions";

    private final AtomicInteger sessions = new AtomicInteger();

    UiSessionMetrics(MeterRegistry registry) {
        Gauge.builder(NAME, sessions, AtomicInteger::get).description("Open UI sessions on this instance")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
    }
}
