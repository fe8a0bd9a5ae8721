@NullMarked
package com.onboarding.console.notifications.domain;

import org.jspecify.annotations.NullMarked;
