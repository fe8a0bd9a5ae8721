package com.onboarding.console.aws.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** The bean exists when the console talks to the in-memory sandbox AWS ({@code console.aws.mode}, the default). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "console.aws.mode", havingValue = "sandbox", matchIfMissing = true)
public @interface SandboxMode {
}
