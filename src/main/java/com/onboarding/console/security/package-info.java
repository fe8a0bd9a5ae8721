@NullMarked
package com.onboarding.console.security;

import org.jspecify.annotations.NullMarked;
