package com.onboarding.console.aws.sdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** The bean exists when the console talks to AWS through the SDK ({@code console.aws.mode=sdk}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "console.aws.mode", havingValue = "sdk")
public @interface SdkMode {
}
