package com.onboarding.console;

import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.ProviderSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Spring context every integration test shares (demo users included, in-memory H2). Keep tests on
 * this one configuration so the context is built once per run.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@ExtendWith(OwnSecurityContextStrategy.class)
public abstract class ConsoleTest {

    @Autowired
    private UserDetailsService userDetails;

    @Autowired
    private ApplicationContext applicationContext;

    /** Acts as a user of the database from now on in this thread, as if logged in through the form. */
    protected Authentication runAs(String username) {
        var principal = userDetails.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    /** Acts as a visitor who is not logged in, as the login page or the link of a mail sees them. */
    protected void runAsVisitor() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    /**
     * Acts as a staff person signed in through the identity provider, mapped to the role by its group; the user
     * is created at the first call, as at a first sign-in.
     */
    protected Authentication runAsSignedInThroughProvider(String username, Role role) {
        var authentication = ProviderSignIn.signIn(applicationContext, username, role);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    /** New customers and users of this context's database. */
    protected TestFixture fixture() {
        return new TestFixture(applicationContext);
    }

    /** Creates a CUSTOMER user bound to a customer; the password is the username. */
    protected AppUser customerUser(String username, long customerId) {
        return fixture().user(username, Role.CUSTOMER, customerId);
    }

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }
}
