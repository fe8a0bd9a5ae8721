@NullMarked
package com.onboarding.console.payer.service;

import org.jspecify.annotations.NullMarked;
