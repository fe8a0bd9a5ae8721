@NullMarked
package com.onboarding.console.base.live;

import org.jspecify.annotations.NullMarked;
