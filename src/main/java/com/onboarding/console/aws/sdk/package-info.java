/**
 * The AWS SDK v2 implementation of the AWS ports: one client per service and region, credentials per request.
 */
@NullMarked
package com.onboarding.console.aws.sdk;

import org.jspecify.annotations.NullMarked;
