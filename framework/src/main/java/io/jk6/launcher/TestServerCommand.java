package io.jk6.launcher;

import io.jk6.launcher.testserver.TestServer;
import java.io.PrintStream;
import java.util.List;

/** {@code jk6 testserver [--port N]}: the local target of the examples, until killed. */
final class TestServerCommand {

    private TestServerCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            TestServer.main(args.toArray(String[]::new));
            return 0;
        } catch (Exception e) {
            err.println("testserver: " + e.getMessage());
            return 1;
        }
    }
}
