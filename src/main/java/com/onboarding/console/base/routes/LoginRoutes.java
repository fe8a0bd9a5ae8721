package com.onboarding.console.base.routes;

/** The pages a person reaches before they are logged in, written once for the routes and the links to them. */
public final class LoginRoutes {

    /** Where a customer's person asks for a password reset link. */
    public static final String FORGOT_PASSWORD = "forgot-password";

    /** The route of an invitation or reset link; the token follows as the last path segment. */
    public static final String LINK = "invitation";

    /** Where a person the identity provider signed in, but the console gives no role, learns why. */
    public static final String NO_ACCESS = "no-access";

    private LoginRoutes() {
    }

    /** The path of a one-time link, relative to the console's root. */
    public static String link(String token) {
        return LINK + "/" + token;
    }
}
