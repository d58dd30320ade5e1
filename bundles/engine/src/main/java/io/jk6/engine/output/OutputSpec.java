package io.jk6.engine.output;

/**
 * One {@code --out NAME[=arg]} flag.
 *
 * @param name     the output's name
 * @param argument the text after the first {@code =}, or empty
 */
public record OutputSpec(String name, String argument) {

    /** Parses {@code json=results.json} or {@code logger}. */
    public static OutputSpec parse(String flag) {
        int eq = flag.indexOf('=');
        return eq < 0 ? new OutputSpec(flag.trim(), "") : new OutputSpec(flag.substring(0, eq).trim(), flag.substring(eq + 1));
    }
}
