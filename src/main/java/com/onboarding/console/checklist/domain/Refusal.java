package com.onboarding.console.checklist.domain;

/** Why a command cannot be given on a step now, in words for the person who tried. */
public record Refusal(Reason reason, String message) {

    /** What kind of no it is. */
    public enum Reason {
        /** This role may never give the command on this step. */
        NOT_YOURS,
        /** The step's phase has not opened yet. */
        PHASE_CLOSED,
        /** The step's state does not allow it (done, in progress, nothing to check, ...). */
        NOT_NOW
    }
}
