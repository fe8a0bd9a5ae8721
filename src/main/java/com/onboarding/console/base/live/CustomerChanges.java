package com.onboarding.console.base.live;

import com.onboarding.console.base.live.Change.CustomerChanged;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/** Tells open views that a customer changed, so they refresh without a reload; see {@link LiveChanges}. */
@Component
public class CustomerChanges {

    private final LiveChanges changes;

    CustomerChanges(LiveChanges changes) {
        this.changes = changes;
    }

    public void publish(long customerId) {
        changes.publish(new CustomerChanged(customerId));
    }

    /** Listens to changes of every customer; listeners must be quick (hand work to UI.access). */
    public Subscription subscribe(LongConsumer listener) {
        return changes.subscribe(CustomerChanged.class, change -> listener.accept(change.customerId()))::cancel;
    }

    /** Stops a listener. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
