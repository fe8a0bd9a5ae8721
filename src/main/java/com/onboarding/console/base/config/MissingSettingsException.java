package com.onboarding.console.base.config;

import java.util.List;
import java.util.stream.Collectors;

/** Settings a profile needs are not given; the message names each with what it is for, on one line. */
public class MissingSettingsException extends IllegalStateException {

    private final List<RequiredSettings.Setting> missing;

    MissingSettingsException(String profile, List<RequiredSettings.Setting> missing) {
        super("The console cannot start with the " + profile + " profile: missing " + missing.stream()
                .map(s -> s.variable() + " (" + s.purpose() + ")").collect(Collectors.joining(", ")) + ".");
        this.missing = List.copyOf(missing);
    }

    public List<RequiredSettings.Setting> missing() {
        return missing;
    }
}
