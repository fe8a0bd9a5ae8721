/** Start-up checks of the configuration, before any part of the console is built. */
@NullMarked
package com.onboarding.console.base.config;

import org.jspecify.annotations.NullMarked;
