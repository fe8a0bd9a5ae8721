@NullMarked
package com.onboarding.console.security.domain;

import org.jspecify.annotations.NullMarked;
