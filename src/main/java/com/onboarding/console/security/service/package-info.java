@NullMarked
package com.onboarding.console.security.service;

import org.jspecify.annotations.NullMarked;
