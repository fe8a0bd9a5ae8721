/** Exports people open in a spreadsheet: one CSV writer that every export goes through. */
@NullMarked
package com.onboarding.console.base.export;

import org.jspecify.annotations.NullMarked;
