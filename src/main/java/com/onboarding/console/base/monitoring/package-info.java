/**
 * Metrics about how the console is used, for the operators' dashboards, and the readiness check of database
 * writes.
 */
@NullMarked
package com.onboarding.console.base.monitoring;

import org.jspecify.annotations.NullMarked;
