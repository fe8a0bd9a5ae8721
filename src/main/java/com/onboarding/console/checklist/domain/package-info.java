@NullMarked
package com.onboarding.console.checklist.domain;

import org.jspecify.annotations.NullMarked;
