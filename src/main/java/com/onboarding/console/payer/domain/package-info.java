@NullMarked
package com.onboarding.console.payer.domain;

import org.jspecify.annotations.NullMarked;
