package com.onboarding.console.invitations.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a one-time link: 32 random bytes, URL-safe. Only its SHA-256 hash is stored, so the database
 * cannot open a link; the value itself is known only to the mail that carries it and to the person who opens it.
 */
public final class LinkToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private final String value;

    private LinkToken(String value) {
        this.value = value;
    }

    public static LinkToken random() {
        var bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new LinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token of a link a person opened, as the address has it. */
    public static LinkToken of(String value) {
        return new LinkToken(value.strip());
    }

    /** For the link in the mail, nowhere else. */
    public String value() {
        return value;
    }

    /** What the database keeps: lower-case hex of SHA-256. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Never the value: a token that reaches a log must not open the link. */
    @Override
    public String toString() {
        return "LinkToken[hidden]";
    }
}
