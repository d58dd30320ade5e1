package io.jk6.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jk6 run} flags, with k6's names. */
@Command(name = "run", description = "Start a test", sortOptions = false, mixinStandardHelpOptions = false)
final class RunFlags {

    @Mixin
    ExecutionFlags execution = new ExecutionFlags();

    @Mixin
    EnvFlags env = new EnvFlags();

    @Mixin
    OptionFlags options = new OptionFlags();

    @Mixin
    ExtraRunFlags extra = new ExtraRunFlags();

    @Mixin
    LogFlags logging = new LogFlags();

    @Option(names = {"-o", "--out"}, paramLabel = "uri",
            description = "uri for an external metrics database or file, as NAME[=arg] (e.g. json=results.json); repeatable")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--summary-export", paramLabel = "filename", description = "output the end-of-test summary report to JSON file")
    Path summaryExport;

    @Option(names = "--compatibility-mode", paramLabel = "mode",
            description = "JavaScript compatibility mode, \"extended\" (default) or \"base\": jk6 runs both alike")
    String compatibilityMode;

    @Option(names = "--summary-mode", paramLabel = "mode",
            description = "determine the summary mode: 'compact' (default), 'full' or 'disabled'")
    String summaryMode;

    @Option(names = "--no-thresholds", description = "don't run thresholds")
    Boolean noThresholds;

    @Option(names = {"-c", "--config"}, paramLabel = "path", description = "JSON config file (default: none)")
    String config;

    @Option(names = {"-a", "--address"}, paramLabel = "address",
            description = "address for the REST API server, as host:port (e.g. 127.0.0.1:6565); off when not given")
    String address;

    @Option(names = {"-p", "--paused"}, description = "start the test in a paused state (resume it with the REST API)")
    Boolean paused;

    @Option(names = {"-l", "--linger"}, description = "keep the API server alive past the test end (until a signal)")
    Boolean linger;

    @Option(names = "--secret-source", paramLabel = "source",
            description = "a secret source for k6/secrets, as TYPE=CONFIG[,name=NAME][,default]: file=PATH,"
                    + " url=urlTemplate=URL... or mock=KEY=VALUE,...; repeatable")
    List<String> secretSources = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "disable progress updates")
    boolean quiet;

    @Option(names = "--no-color", description = "disable colored output")
    boolean noColor;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "help for run")
    boolean help;

    @Parameters(index = "0", paramLabel = "script", description = "the test script (.js or .ts), an archive, or - for stdin")
    Path script;
}
