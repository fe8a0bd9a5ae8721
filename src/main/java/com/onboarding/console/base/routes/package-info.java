@NullMarked
package com.onboarding.console.base.routes;

import org.jspecify.annotations.NullMarked;
