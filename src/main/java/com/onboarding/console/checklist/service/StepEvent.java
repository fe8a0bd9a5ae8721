package com.onboarding.console.checklist.service;

import java.time.Instant;

/** Something that happened to one step, from the audit trail: a transition, a note, an AWS call. */
public record StepEvent(Instant at, String actor, String what) {
}
