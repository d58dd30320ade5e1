package io.jk6.api.js;

/** One VU's instance of a module: what its {@code import} statements see. */
@FunctionalInterface
public interface ModuleInstance {

    /** The default and named exports; asked once per import. */
    Exports exports();

    /**
     * Called once when the VU is discarded at the end of a test run, on any thread: release
     * what the instance holds (connections, files).
     */
    default void close() {
    }
}
