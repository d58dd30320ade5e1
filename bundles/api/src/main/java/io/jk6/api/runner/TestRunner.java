package io.jk6.api.runner;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Loads tests: the engine publishes one. Every command that reads a test (run, archive, inspect,
 * the shell) loads it here, so the script argument, {@code __ENV} and the option layers are read
 * one way: k6's defaults, then the {@code --config} file, the script's options, {@code K6_*}
 * variables and the command line's flags, each over the one before.
 */
@ProviderType
public interface TestRunner {

    /**
     * Reads the script argument (a script, an archive or stdin), builds {@code __ENV} and the option
     * layers around the script's own options, and checks every flag and variable at once. The
     * script's init context has not run yet.
     *
     * @throws TestFailure when something is wrong, every problem already logged: a script that cannot
     *                     be found or read, an invalid flag, variable or {@code --config} file (k6's
     *                     exit codes -1, 104, 107)
     */
    LoadedTest load(TestRequest request) throws TestFailure;
}
