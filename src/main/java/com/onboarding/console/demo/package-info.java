@NullMarked
package com.onboarding.console.demo;

import org.jspecify.annotations.NullMarked;
