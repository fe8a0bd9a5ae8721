@NullMarked
package com.onboarding.console.payer.ui;

import org.jspecify.annotations.NullMarked;
