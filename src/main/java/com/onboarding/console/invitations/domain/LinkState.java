package com.onboarding.console.invitations.domain;

/** What a one-time link can still do when a person opens it. */
public enum LinkState {
    /** It works: the person may set their password now. */
    OPEN,
    EXPIRED,
    USED,
    REVOKED,
    /** A newer mail replaced it; only the newest link works. */
    REPLACED,
    /** No such link: mistyped, cut off, or never sent. */
    UNKNOWN
}
