@NullMarked
package com.onboarding.console.audit.service;

import org.jspecify.annotations.NullMarked;
