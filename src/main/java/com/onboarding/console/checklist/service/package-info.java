@NullMarked
package com.onboarding.console.checklist.service;

import org.jspecify.annotations.NullMarked;
