package com.onboarding.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses a free port for the test SMTP server once per test run, before any Spring context starts: the
 * test profile sends mail to it and the mail tests' GreenMail listens on it, so several builds can run at
 * once on one machine.
 */
public final class TestSmtpPort implements LauncherSessionListener {

    static final String PROPERTY = "console.test.smtp-port";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, String.valueOf(freePort()));
        }
    }

    /** The port the test SMTP server listens on in this run. */
    public static int port() {
        return Integer.parseInt(System.getProperty(PROPERTY));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
