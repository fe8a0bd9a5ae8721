@NullMarked
package com.onboarding.console.notifications.service;

import org.jspecify.annotations.NullMarked;
