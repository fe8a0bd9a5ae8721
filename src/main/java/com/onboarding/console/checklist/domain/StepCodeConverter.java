package com.onboarding.console.checklist.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a step code as its text form, "2.3", as the column always held it. */
@Converter
public class StepCodeConverter implements AttributeConverter<StepCode, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable StepCode code) {
        return code == null ? null : code.toString();
    }

    @Override
    public @Nullable StepCode convertToEntityAttribute(@Nullable String text) {
        return text == null ? null : StepCode.parse(text);
    }
}
