package com.onboarding.console.base.routes;

/** The pages a person reaches before they are logged in, written once for the routes and the links to them. */
public final class LoginRoutes {

    /** Where a person the identity provider signed in, but the console gives no role, learns why. */
    public static final String NO_ACCESS = "no-access";

    private LoginRoutes() {
    }
}
