package io.jk6.cli;

import io.jk6.api.runner.TestRequest;
import io.jk6.launcher.spi.Invocation;
import java.nio.file.Path;

/** A {@link TestRequest} for the script argument, in the console of the command's invocation. */
final class Requests {

    private Requests() {
    }

    /** The working directory, environment, streams and terminal of {@code invocation}; the rest is the command's. */
    static TestRequest.Builder of(Path script, Invocation invocation) {
        return TestRequest.builder(script, invocation.workingDirectory(), invocation.environment(), invocation.out(),
                invocation.err()).terminal(invocation.isTerminal());
    }
}
