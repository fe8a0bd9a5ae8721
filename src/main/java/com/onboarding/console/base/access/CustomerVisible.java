package com.onboarding.console.base.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security: whoever may see the customer that the method's {@code customerId} parameter names: staff, and
 * that customer's own users.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@PreAuthorize("@access.canSeeCustomer(#customerId)")
public @interface CustomerVisible {
}
