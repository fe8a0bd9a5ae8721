package com.onboarding.console.base.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open views that a customer changed, so they refresh without a reload. Changes are announced
 * after the transaction commits; how they travel (this JVM only, or to every instance through the shared
 * database) is up to the {@link ChangeTransport}.
 */
@Component
public class CustomerChanges {

    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    private final ChangeTransport transport;

    CustomerChanges(ChangeTransport transport) {
        this.transport = transport;
        transport.onReceive(this::deliver);
    }

    public void publish(long customerId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    transport.send(customerId);
                }
            });
        } else {
            transport.send(customerId);
        }
    }

    /** Listens to changes of every customer; listeners must be quick (hand work to UI.access). */
    public Subscription subscribe(LongConsumer listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void deliver(long customerId) {
        listeners.forEach(l -> l.accept(customerId));
    }

    /** Stops a listener. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
