package com.onboarding.console.insights.service;

import com.onboarding.console.insights.domain.ReportPeriod;

/**
 * What the insights look at.
 *
 * @param ownCustomersOnly a CSM's own customers only, instead of every active customer
 */
public record InsightsRequest(ReportPeriod period, boolean ownCustomersOnly) {
}
