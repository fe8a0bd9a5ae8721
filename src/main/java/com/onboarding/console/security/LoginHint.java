package com.onboarding.console.security;

/** What the login page tells everyone above the form, when some part of the console has something to tell. */
public interface LoginHint {

    String text();
}
