@NullMarked
package com.onboarding.console.notifications.ui;

import org.jspecify.annotations.NullMarked;
