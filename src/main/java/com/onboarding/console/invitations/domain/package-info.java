@NullMarked
package com.onboarding.console.invitations.domain;

import org.jspecify.annotations.NullMarked;
