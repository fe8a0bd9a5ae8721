package com.onboarding.console.base.live;

import java.util.function.Consumer;

/** Carries a {@link Change} from where it happened to every instance. */
public interface ChangeTransport {

    void send(Change change);

    void onReceive(Consumer<Change> receiver);
}
