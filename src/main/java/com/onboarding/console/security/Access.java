package com.onboarding.console.security;

import org.springframework.stereotype.Component;

/**
 * Tenant checks for method security: {@code @PreAuthorize("@access.canSeeCustomer(#customerId)")}.
 * Services check here, so a forged route parameter or a direct call cannot reach another customer.
 */
@Component("access")
public class Access {

    private final CurrentUser currentUser;

    Access(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean canSeeCustomer(long customerId) {
        return currentUser.get().map(user -> user.canSeeCustomer(customerId)).orElse(false);
    }
}
