@NullMarked
package com.onboarding.console.base.ui;

import org.jspecify.annotations.NullMarked;
