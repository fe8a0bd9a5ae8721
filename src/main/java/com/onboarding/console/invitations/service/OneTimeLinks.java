package com.onboarding.console.invitations.service;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.invitations.domain.LinkState;
import com.onboarding.console.invitations.domain.LinkToken;
import com.onboarding.console.invitations.domain.OneTimeLink;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** How a token from a mail finds its link, and when that link may still be used; each kind says its own refusals. */
final class OneTimeLinks {

    private OneTimeLinks() {
    }

    /** Only the token's hash is stored, so the lookup is by hash; a blank token names no link. */
    static <T extends OneTimeLink> Optional<T> find(String token, Function<String, Optional<T>> byTokenHash) {
        return token.isBlank() ? Optional.empty() : byTokenHash.apply(LinkToken.of(token).hash());
    }

    /** The link the token names while it is open; otherwise the refusal for the way it ended. */
    static <T extends OneTimeLink> T open(String token, Function<String, Optional<T>> byTokenHash, Instant now,
            Function<LinkState, InvalidInputException> ended) {
        var link = find(token, byTokenHash).orElseThrow(() -> ended.apply(LinkState.UNKNOWN));
        var state = link.state(now);
        if (state != LinkState.OPEN) {
            throw ended.apply(state);
        }
        return link;
    }
}
