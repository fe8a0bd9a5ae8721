package com.onboarding.console.security;

import com.onboarding.console.security.domain.Role;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A staff user signed in through the identity provider: the console's user (role, id) as for a password login,
 * with the provider's ID token, which logout hands back to the provider to end its session too.
 */
public final class SingleSignOnUser extends AppUserPrincipal implements OidcUser {

    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;

    public SingleSignOnUser(long userId, String username, String displayName, Role role, long accessVersion,
            OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        super(userId, username, displayName, role, null, true, null, accessVersion);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
