package io.jk6.api.runner;

import java.util.List;
import java.util.Objects;

/**
 * One option the command line sets: k6's option name ({@code vus}, {@code duration},
 * {@code stages}, {@code summaryTrendStats}, {@code tags}, {@code insecureSkipTLSVerify}...), the
 * value as typed, and the flag that set it, which an error names ({@code --vus: must be ...}).
 *
 * @param option k6's name of the option, as in {@code export const options}
 * @param value  a {@code String} as typed ({@code "30s"}, {@code "10"}, {@code "30s:10"}), a
 *               {@code Boolean} for a switch, or a {@code List<String>} for a repeated flag
 *               ({@code -s}, {@code --tag name=value}, comma-separated lists)
 * @param flag   the flag, e.g. {@code --duration}
 */
public record OptionFlag(String option, Object value, String flag) {

    public OptionFlag {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(flag, "flag");
        if (!(value instanceof String || value instanceof Boolean || value instanceof List<?>)) {
            throw new IllegalArgumentException(flag + ": a value is a String, a Boolean or a List<String>, not "
                    + value.getClass().getName());
        }
        value = value instanceof List<?> list ? List.copyOf(list.stream().map(String::valueOf).toList()) : value;
    }
}
