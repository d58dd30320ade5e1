package io.jk6.cli;

import io.jk6.launcher.spi.Invocation;
import picocli.CommandLine;

/** How a command reads its arguments into its flags, as k6's commands do: an error and the usage line, or help. */
final class Usage {

    /** k6's exit code when the command line is wrong (-1). */
    static final int EXIT_CODE = 255;

    private Usage() {
    }

    /**
     * Parses the invocation's arguments into {@code flags}.
     *
     * @return null to go on; else the exit code: 0 after {@code --help}, {@value #EXIT_CODE} after an error
     */
    static Integer parse(Object flags, String commandName, Invocation invocation) {
        CommandLine cli = new CommandLine(flags).setCaseInsensitiveEnumValuesAllowed(true).setCommandName(commandName);
        try {
            cli.parseArgs(invocation.args().toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            invocation.err().println("ERRO[0000] " + e.getMessage());
            invocation.err().println("Usage: " + commandName + " [flags] script.js   (" + commandName
                    + " --help for the flags)");
            return EXIT_CODE;
        }
        if (cli.isUsageHelpRequested()) {
            cli.usage(invocation.out());
            return 0;
        }
        return null;
    }
}
