package io.jk6.engine.config;

import java.util.List;

/** Invalid options: every problem found, each naming its option. k6 exits with 104 for these. */
public final class ConfigException extends Exception {

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
