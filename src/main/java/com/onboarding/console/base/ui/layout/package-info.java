/** The frame around every view: navigation, the user, the theme switch. */
@NullMarked
package com.onboarding.console.base.ui.layout;

import org.jspecify.annotations.NullMarked;
