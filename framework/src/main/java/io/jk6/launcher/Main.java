package io.jk6.launcher;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code jk6 <command> [args]}. {@code version} and {@code help} answer from the boot layer;
 * every other command is a {@link io.jk6.launcher.spi.Command} service of a bundle, run in an
 * embedded Felix framework.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || isHelp(args[0])) {
            usage(out);
            return args.length == 0 ? 1 : 0;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (command) {
            case "version", "--version", "-v":
                return new VersionCommand(out).run();
            case "testserver":
                LoggingSettings.apply(Jk6Home.locate().conf(), err);
                return TestServerCommand.run(rest, out, err);
            default:
                Jk6Home home = Jk6Home.locate();
                LoggingSettings.apply(home.conf(), err);
                return new FrameworkLauncher(home, err).runCommand(command, rest, out, err);
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("help") || arg.equals("-h") || arg.equals("--help");
    }

    static void usage(PrintStream out) {
        out.println("""
                jk6 runs k6 test scripts on the JVM; extensions are OSGi bundles in deploy/.

                Usage:
                  jk6 [command]

                Available Commands:
                  run         Start a test (a .js or .ts script, or an archive)
                  archive     Create an archive: the script, its files and options in one .tar
                  inspect     Inspect a script: its options as JSON
                  shell       Start an interactive Gogo shell (jk6:run, jk6:status, jk6:modules, ...);
                              -c 'command' runs one command, piped stdin runs each line
                  version     Show application version
                  testserver  Serve the local test target used by the examples (--port N)
                  prepare     Link a runtime with an AOT cache for this JDK: ~2x faster start (bin/jk6)
                  help        Help about any command

                Use "jk6 [command] --help" for more information about a command.""");
    }
}
