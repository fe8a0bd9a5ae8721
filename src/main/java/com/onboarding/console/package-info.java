@NullMarked
package com.onboarding.console;

import org.jspecify.annotations.NullMarked;
