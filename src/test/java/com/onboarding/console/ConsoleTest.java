package com.onboarding.console;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Spring context every integration test shares (demo users included, in-memory H2). Keep tests on
 * this one configuration so the context is built once per run.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ConsoleTest {
}
