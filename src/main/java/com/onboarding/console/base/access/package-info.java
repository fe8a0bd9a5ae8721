/**
 * Who may call a service method, by name: each annotation stands for one check of the {@code access} bean,
 * where the roles behind it are said once. The annotations refer to the bean by name only, so every feature,
 * the security feature's own collaborators included, can use them without depending on it.
 */
@NullMarked
package com.onboarding.console.base.access;

import org.jspecify.annotations.NullMarked;
