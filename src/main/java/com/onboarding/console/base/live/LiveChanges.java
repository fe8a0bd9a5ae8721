package com.onboarding.console.base.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces {@link Change}s to every instance: after the transaction commits, so that nobody hears of a change
 * that was rolled back; how they travel (this JVM only, or through the shared database) is up to the
 * {@link ChangeTransport}.
 */
@Component
public class LiveChanges {

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final ChangeTransport transport;

    LiveChanges(ChangeTransport transport) {
        this.transport = transport;
        transport.onReceive(this::deliver);
    }

    public void publish(Change change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    transport.send(change);
                }
            });
        } else {
            transport.send(change);
        }
    }

    /**
     * Listens to the changes of one kind, on the thread that delivers them (a request committing, the database
     * listener): listeners must be quick and hand any work off.
     */
    public <C extends Change> Subscription subscribe(Class<C> kind, Consumer<? super C> listener) {
        Consumer<Change> filtered = change -> {
            if (kind.isInstance(change)) {
                listener.accept(kind.cast(change));
            }
        };
        listeners.add(filtered);
        return () -> listeners.remove(filtered);
    }

    private void deliver(Change change) {
        listeners.forEach(l -> l.accept(change));
    }

    /** Stops a listener. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
