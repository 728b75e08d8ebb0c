package org.sitebinder.persistence.json;

/**
 * A value of the right JSON type that the format still does not accept (an unknown site state, a
 * key netsh would not print). Thrown from a DTO's creator, so Jackson reports it with the location
 * and path of the object; the message is shown to the admin as it is.
 */
final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidValueException(String message) {
        super(message);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException("missing required field \"" + field + "\"");
        }
        return value;
    }
}
