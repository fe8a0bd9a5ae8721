package com.onboarding.console.aws.credentials;

import com.onboarding.console.aws.TemporaryCredentials;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import jakarta.annotation.PreDestroy;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The credentials one user pasted, per customer. Lives in the user's Vaadin session, which lives in the HTTP
 * session, so logout and session timeout drop them. The map is transient: were the session ever written to disk,
 * the credentials would not go with it.
 */
@Component
@VaadinSessionScope
public class PastedCredentials implements Serializable {

    private transient @Nullable Map<Long, TemporaryCredentials> byCustomer;

    Optional<TemporaryCredentials> get(long customerId) {
        return Optional.ofNullable(map().get(customerId));
    }

    void put(long customerId, TemporaryCredentials credentials) {
        map().put(customerId, credentials);
    }

    boolean remove(long customerId) {
        return map().remove(customerId) != null;
    }

    /** Whether the user holds any pasted credentials. */
    boolean isEmpty() {
        return map().isEmpty();
    }

    /** The session ended (logout, timeout, idle close): the credentials go at once, not whenever memory is reclaimed. */
    @PreDestroy
    void forgetAll() {
        map().clear();
    }

    private synchronized Map<Long, TemporaryCredentials> map() {
        if (byCustomer == null) {
            byCustomer = new ConcurrentHashMap<>();
        }
        return byCustomer;
    }
}
