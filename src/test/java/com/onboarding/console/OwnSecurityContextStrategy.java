package com.onboarding.console;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test run holds more than one Spring context (see {@link WebTest}), each with its own security context
 * strategy, while the static {@link SecurityContextHolder} points at the one created last. Before each
 * test this points it at the test's own context, so a login a test sets is the one method security sees.
 */
public class OwnSecurityContextStrategy implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        var strategy = SpringExtension.getApplicationContext(context).getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(strategy);
        strategy.clearContext();
    }
}
