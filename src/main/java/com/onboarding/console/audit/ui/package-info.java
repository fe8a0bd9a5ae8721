@NullMarked
package com.onboarding.console.audit.ui;

import org.jspecify.annotations.NullMarked;
