/** Metrics about how the console is used, for the operators' dashboards. */
@NullMarked
package com.onboarding.console.base.monitoring;

import org.jspecify.annotations.NullMarked;
