package io.jk6.cli;

import picocli.CommandLine.Option;

/**
 * The {@code jk6 run} flags that {@code k6 archive} takes too and that change nothing in an archive
 * (k6 keeps no runtime option in it): accepted, as k6 does, so the same arguments serve both. k6-operator's
 * initializer runs {@code k6 archive} with the test's arguments, which its runners get as well.
 */
final class IgnoredRunFlags {

    @Option(names = "--summary-export", paramLabel = "filename", description = "(taken by jk6 run; ignored here)")
    String summaryExport;

    @Option(names = "--summary-mode", paramLabel = "mode", description = "(taken by jk6 run; ignored here)")
    String summaryMode;

    @Option(names = "--no-thresholds", description = "(taken by jk6 run; ignored here)")
    boolean noThresholds;

    @Option(names = {"-a", "--address"}, paramLabel = "address", description = "(taken by jk6 run; ignored here)")
    String address;

    @Option(names = {"-p", "--paused"}, description = "(taken by jk6 run; ignored here)")
    boolean paused;

    @Option(names = {"-q", "--quiet"}, description = "(taken by jk6 run; ignored here)")
    boolean quiet;

    @Option(names = "--no-color", description = "(taken by jk6 run; ignored here)")
    boolean noColor;

    /** A global flag in k6: every command takes it, and only a run reads secrets. */
    @Option(names = "--secret-source", paramLabel = "source", description = "(taken by jk6 run; ignored here)")
    java.util.List<String> secretSources = new java.util.ArrayList<>();
}
