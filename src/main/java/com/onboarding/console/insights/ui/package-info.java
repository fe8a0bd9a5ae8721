@NullMarked
package com.onboarding.console.insights.ui;

import org.jspecify.annotations.NullMarked;
