package com.onboarding.console;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Spring context every integration test shares (demo users included, in-memory H2). Keep tests on
 * this one configuration so the context is built once per run.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OwnSecurityContextStrategy.class)
public abstract class ConsoleTest {
}
