package com.onboarding.console.insights.domain;

import java.time.LocalDate;

/** How many customers completed onboarding in the week starting on the given day. */
public record WeeklyCount(LocalDate weekStart, long completed) {
}
