@NullMarked
package com.onboarding.console.customers.service;

import org.jspecify.annotations.NullMarked;
