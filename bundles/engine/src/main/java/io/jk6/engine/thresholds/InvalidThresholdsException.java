package io.jk6.engine.thresholds;

import java.util.List;

/** Thrown when threshold options are wrong; carries every problem found, not just the first. */
public final class InvalidThresholdsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> errors;

    public InvalidThresholdsException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    /** One message per problem, each naming where it is, e.g. {@code thresholds["x"][0]: ...}. */
    public List<String> errors() {
        return errors;
    }
}
