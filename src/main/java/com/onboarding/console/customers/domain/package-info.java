@NullMarked
package com.onboarding.console.customers.domain;

import org.jspecify.annotations.NullMarked;
