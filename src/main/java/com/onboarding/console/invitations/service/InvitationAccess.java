package com.onboarding.console.invitations.service;

import com.onboarding.console.customers.service.CustomerLookup;
import com.onboarding.console.security.Access;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.Role;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who may invite a customer's people, for method security: {@code @invitationAccess.canInvite(#customerId)}.
 * OPS and administrators for every customer, a CSM only for the customers they look after.
 */
@Component("invitationAccess")
public class InvitationAccess {

    private final Access access;
    private final CurrentUser currentUser;
    private final CustomerLookup customers;

    InvitationAccess(Access access, CurrentUser currentUser, CustomerLookup customers) {
        this.access = access;
        this.currentUser = currentUser;
        this.customers = customers;
    }

    public boolean canInvite(long customerId) {
        var user = currentUser.get().orElse(null);
        if (user == null || !user.isStaff() || !access.canSeeCustomer(customerId)) {
            return false;
        }
        return user.role().operatesAws() || (user.role() == Role.CSM && customers.find(customerId)
                .map(customer -> Objects.equals(customer.getCsmUserId(), user.userId())).orElse(false));
    }
}
