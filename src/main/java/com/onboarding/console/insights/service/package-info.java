@NullMarked
package com.onboarding.console.insights.service;

import org.jspecify.annotations.NullMarked;
