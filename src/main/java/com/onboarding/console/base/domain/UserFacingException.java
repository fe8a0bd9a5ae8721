package com.onboarding.console.base.domain;

/**
 * An exception whose message is written for the person using the console (for example: someone else
 * changed this record meanwhile). The console shows the message as it is, without an error id.
 */
public interface UserFacingException {

    String getMessage();
}
