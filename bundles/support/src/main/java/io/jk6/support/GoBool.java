package io.jk6.support;

/**
 * Go's {@code strconv.ParseBool}, as k6 reads boolean settings ({@code K6_*} variables, output
 * arguments): {@code 1 t T TRUE true True}, {@code 0 f F FALSE false False}.
 */
public final class GoBool {

    private GoBool() {
    }

    /**
     * @param setting where the value came from, named in the error (a variable, a flag)
     * @throws IllegalArgumentException naming the setting and the value when it is no boolean
     */
    public static boolean parse(String setting, String value) {
        return switch (value) {
            case "true", "1", "t", "T", "TRUE", "True" -> true;
            case "false", "0", "f", "F", "FALSE", "False" -> false;
            default -> throw new IllegalArgumentException(setting + ": \"" + value + "\" is not a boolean (true or false)");
        };
    }
}
