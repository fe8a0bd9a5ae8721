@NullMarked
package com.onboarding.console.invitations.service;

import org.jspecify.annotations.NullMarked;
