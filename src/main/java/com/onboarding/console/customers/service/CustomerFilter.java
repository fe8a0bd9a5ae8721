package com.onboarding.console.customers.service;

import org.jspecify.annotations.Nullable;

/** What the customers list narrows to; null parts do not filter. */
public record CustomerFilter(@Nullable String text, @Nullable Long csmUserId, @Nullable Integer phase,
        @Nullable Status status, boolean archived) {

    public static final CustomerFilter ACTIVE = new CustomerFilter(null, null, null, null, false);

    /** The standing filters people ask for most. */
    public enum Status {
        HAS_FAILED_STEPS("Has failed steps"),
        WAITING_ON_CUSTOMER("Waiting on customer"),
        WAITING_ON_OPS("Waiting on ops"),
        COMPLETE("Complete"),
        /** A step AWS had verified is no longer as it should be (found by a fleet check). */
        DRIFT("Drift");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
