@NullMarked
package com.onboarding.console.base.domain;

import org.jspecify.annotations.NullMarked;
