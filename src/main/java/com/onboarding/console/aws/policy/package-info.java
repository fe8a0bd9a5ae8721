/** IAM's policy evaluation, as far as the console's policies and the sandbox's authorization need it. */
@NullMarked
package com.onboarding.console.aws.policy;

import org.jspecify.annotations.NullMarked;
