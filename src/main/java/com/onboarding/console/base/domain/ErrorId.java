package com.onboarding.console.base.domain;

import java.security.SecureRandom;
import java.util.HexFormat;

/** The short id that an unexpected error gets, shown to the person and written to the log beside the details. */
public final class ErrorId {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorId() {
    }

    /** A new id: eight hex digits. */
    public static String next() {
        var bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
