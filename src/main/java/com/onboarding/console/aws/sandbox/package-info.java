/**
 * The in-memory sandbox AWS: each account simulated behind the same ports, for training and trying the console.
 */
@NullMarked
package com.onboarding.console.aws.sandbox;

import org.jspecify.annotations.NullMarked;
