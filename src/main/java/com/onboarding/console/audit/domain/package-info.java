@NullMarked
package com.onboarding.console.audit.domain;

import org.jspecify.annotations.NullMarked;
