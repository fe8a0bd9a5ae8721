/** User administration: the users, their roles and customers, for administrators. */
@NullMarked
package com.onboarding.console.admin.ui;

import org.jspecify.annotations.NullMarked;
