@NullMarked
package com.onboarding.console.customers.ui;

import org.jspecify.annotations.NullMarked;
