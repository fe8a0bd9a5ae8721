@NullMarked
package com.onboarding.console.checklist.ui;

import org.jspecify.annotations.NullMarked;
