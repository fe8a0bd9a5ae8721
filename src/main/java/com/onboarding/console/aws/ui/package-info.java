/**
 * Views and dialogs of the AWS feature: pasted credentials, the Platform's policy, the sandbox.
 */
@NullMarked
package com.onboarding.console.aws.ui;

import org.jspecify.annotations.NullMarked;
