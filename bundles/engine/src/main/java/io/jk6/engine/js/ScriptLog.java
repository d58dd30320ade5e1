package io.jk6.engine.js;

/** Where a VU's {@code console.*} lines go (the run prints them k6-style on stderr). */
@FunctionalInterface
public interface ScriptLog {

    /** @param level {@code info}, {@code warn}, {@code error} or {@code debug} */
    void log(String level, String message);
}
