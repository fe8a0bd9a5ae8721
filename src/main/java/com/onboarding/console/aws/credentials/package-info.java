/**
 * Temporary credentials OPS users paste for a customer, held in their session only.
 */
@NullMarked
package com.onboarding.console.aws.credentials;

import org.jspecify.annotations.NullMarked;
