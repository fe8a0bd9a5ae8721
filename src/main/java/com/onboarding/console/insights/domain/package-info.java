@NullMarked
package com.onboarding.console.insights.domain;

import org.jspecify.annotations.NullMarked;
