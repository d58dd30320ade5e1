package io.jk6.cli;

import io.jk6.api.runner.LogSettings;
import picocli.CommandLine.Option;

/**
 * k6's logging flags ({@code -v}, {@code --log-output}, {@code --log-format}) and its
 * {@code --console-output} option; the engine reads their {@code K6_*} variables for those not given.
 */
final class LogFlags {

    @Option(names = {"-v", "--verbose"}, description = "enable verbose logging")
    boolean verbose;

    @Option(names = "--log-output", paramLabel = "output", description = "change the output for k6 logs, possible"
            + " values are: 'stderr', 'stdout', 'none', 'file[=./path.fileformat][,level=...]' (default \"stderr\")")
    String logOutput;

    @Option(names = "--log-format", paramLabel = "format", description = "log output format: 'json', 'raw' or the"
            + " terminal's text (default)")
    String logFormat;

    @Option(names = "--console-output", paramLabel = "file", description = "redirects the console logging to the"
            + " provided output file")
    String consoleOutput;

    LogSettings settings() {
        return new LogSettings(verbose, logOutput, logFormat, consoleOutput);
    }
}
