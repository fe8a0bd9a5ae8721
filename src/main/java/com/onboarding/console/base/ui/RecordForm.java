package com.onboarding.console.base.ui;

import com.onboarding.console.base.domain.FieldKey;
import com.onboarding.console.base.domain.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A form over a draft record: a {@link Binder} fills the fields from a record and reads them back into one, and each
 * field is known by the {@link FieldKey} the service names when it refuses that input. A refusal shows at its field,
 * with what was typed kept; a refusal of no field of this form goes to {@code elsewhere}. The form itself judges
 * nothing: the service checks every input and says what is wrong.
 */
public final class RecordForm<R extends Record> {

    private final Binder<R> binder;
    private final Map<FieldKey, HasValidation> fields = new LinkedHashMap<>();
    private final Consumer<String> elsewhere;

    public RecordForm(Class<R> type, Consumer<String> elsewhere) {
        this.binder = new Binder<>(type);
        this.binder.setValidatorsDisabled(true);
        this.elsewhere = elsewhere;
    }

    /** A form whose refusals of no field appear as an error notification. */
    public RecordForm(Class<R> type) {
        this(type, RecordForm::notifyError);
    }

    /** Binds {@code field} to the record component {@code property}; refusals of {@code key} show at it. */
    public <V, F extends HasValue<?, V> & HasValidation> F bind(FieldKey key, F field, String property) {
        binder.forField(field).bind(property);
        return at(key, field);
    }

    /** As {@link #bind(FieldKey, HasValue, String)}, for a field whose value differs in type from the record's. */
    public <V, T, F extends HasValue<?, V> & HasValidation> F bind(FieldKey key, F field, String property,
            Converter<V, T> converter) {
        binder.forField(field).withConverter(converter).bind(property);
        return at(key, field);
    }

    /** A field outside the record (a password typed twice) whose refusals of {@code key} show at it. */
    public <F extends HasValidation> F at(FieldKey key, F field) {
        fields.put(key, field);
        return field;
    }

    public void read(R record) {
        binder.readRecord(record);
    }

    /** The record as the fields hold it now, not yet checked. */
    public R draft() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            // No validators run and the converters take any value: a failure here is a wrongly built form.
            throw new IllegalStateException("The form could not read its fields into a record", e);
        }
    }

    /** Shows the refusal at the field it names, or {@code elsewhere} when it names none of this form's fields. */
    public void show(InvalidInputException refused) {
        var field = refused.field().map(fields::get);
        if (field.isPresent()) {
            field.get().setErrorMessage(refused.getMessage());
            field.get().setInvalid(true);
        } else {
            elsewhere.accept(refused.getMessage());
        }
    }

    public void clearErrors() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    private static void notifyError(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
