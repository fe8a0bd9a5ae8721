package com.onboarding.console.base.domain;

/**
 * One input of a form, as a type: each form has an enum of its inputs. A refused input names its key, and the form
 * finds the field by the key, so a field's label can change without its errors moving elsewhere.
 */
public interface FieldKey {

    /** The input's name as messages say it ("Name is required."). */
    String label();
}
