package com.onboarding.console.base.routes;

/** The pages a person reaches before they are logged in, written once for the routes and the links to them. */
public final class LoginRoutes {

    /** Where a person the identity provider signed in, but the console gives no role, learns why. */
    public static final String NO_ACCESS = "no-access";

    /** The route parameter that carries the token of a one-time link from a mail. */
    public static final String TOKEN = "token";

    /** Where the link of an invitation leads: the person sets their password and joins. */
    public static final String INVITATION_PATH = "invitation";
    public static final String INVITATION = INVITATION_PATH + "/:" + TOKEN;

    /** Where a customer user asks for a password reset link, linked from the login page. */
    public static final String FORGOT_PASSWORD = "forgot-password";

    /** Where the link of a password reset leads. */
    public static final String RESET_PASSWORD_PATH = "reset-password";
    public static final String RESET_PASSWORD = RESET_PASSWORD_PATH + "/:" + TOKEN;

    private LoginRoutes() {
    }
}
