package org.hep.model;

/** A dose value a user typed that cannot be used; the message is ready to print. */
public class DoseValueException extends Exception {
    public DoseValueException(String message) {
        super(message);
    }
}
