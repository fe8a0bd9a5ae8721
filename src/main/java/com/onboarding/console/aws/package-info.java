/**
 * The AWS calls behind the checklist: small ports here, the SDK implementation in {@code sdk} and the in-memory
 * sandbox in {@code sandbox} side by side.
 */
@NullMarked
package com.onboarding.console.aws;

import org.jspecify.annotations.NullMarked;
