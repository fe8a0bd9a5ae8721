@NullMarked
package com.onboarding.console.invitations.ui;

import org.jspecify.annotations.NullMarked;
