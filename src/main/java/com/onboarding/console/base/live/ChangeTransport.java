package com.onboarding.console.base.live;

import java.util.function.LongConsumer;

/** Carries "customer X changed" from where it happened to every instance's open views. */
public interface ChangeTransport {

    void send(long customerId);

    void onReceive(LongConsumer receiver);
}
