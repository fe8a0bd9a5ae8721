@NullMarked
package com.onboarding.console.security.ui;

import org.jspecify.annotations.NullMarked;
