package io.jk6.support;

import java.util.Map;

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

    /**
     * The boolean {@code K6_*} variable {@code variable}, false when unset, as k6's outputs read
     * their environment (envconfig).
     *
     * @throws IllegalArgumentException in k6's words, naming the variable and the value
     */
    public static boolean fromEnvironment(Map<String, String> env, String variable) {
        String value = env.get(variable);
        try {
            return value != null && parse(variable, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parse environment variables options failed: " + e.getMessage(), e);
        }
    }
}
