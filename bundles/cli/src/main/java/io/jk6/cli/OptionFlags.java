package io.jk6.cli;

import io.jk6.api.runner.OptionFlag;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * k6's option flags beyond the execution ones ({@link ExecutionFlags}): one picocli mixin for
 * {@code jk6 run} and {@code archive}, which freezes them into the archive as k6 does. k6-operator
 * passes a test's arguments to both (its initializer runs {@code k6 archive} with them).
 */
final class OptionFlags {

    @Option(names = "--summary-trend-stats", paramLabel = "stats", split = ",",
            description = "define stats for trend metrics (default avg,min,med,max,p(90),p(95))")
    List<String> summaryTrendStats;

    @Option(names = "--summary-time-unit", paramLabel = "unit",
            description = "define the time unit used to display the trend stats. Possible units are: 's', 'ms' and 'us'")
    String summaryTimeUnit;

    @Option(names = "--no-setup", description = "don't run setup()")
    Boolean noSetup;

    @Option(names = "--no-teardown", description = "don't run teardown()")
    Boolean noTeardown;

    @Option(names = "--tag", paramLabel = "tag", description = "add a tag to be applied to all samples, as `[name]=[value]`")
    List<String> tags = new ArrayList<>();

    @Option(names = "--min-iteration-duration", paramLabel = "duration",
            description = "minimum amount of time k6 will take executing a single iteration")
    String minIterationDuration;

    @Option(names = "--no-connection-reuse", description = "disable keep-alive connections")
    Boolean noConnectionReuse;

    @Option(names = {"-w", "--throw"}, description = "throw warnings (like failed http requests) as errors")
    Boolean throwErrors;

    @Mixin
    ModuleOptionFlags modules = new ModuleOptionFlags();

    /** The options these flags set, as typed, each named by its flag. */
    void addTo(List<OptionFlag> flags) {
        if (summaryTrendStats != null) {
            flags.add(new OptionFlag("summaryTrendStats", summaryTrendStats, "--summary-trend-stats"));
        }
        if (summaryTimeUnit != null) {
            flags.add(new OptionFlag("summaryTimeUnit", summaryTimeUnit, "--summary-time-unit"));
        }
        if (noSetup != null) {
            flags.add(new OptionFlag("noSetup", noSetup, "--no-setup"));
        }
        if (noTeardown != null) {
            flags.add(new OptionFlag("noTeardown", noTeardown, "--no-teardown"));
        }
        if (!tags.isEmpty()) {
            flags.add(new OptionFlag("tags", tags, "--tag"));
        }
        if (minIterationDuration != null) {
            flags.add(new OptionFlag("minIterationDuration", minIterationDuration, "--min-iteration-duration"));
        }
        if (noConnectionReuse != null) {
            flags.add(new OptionFlag("noConnectionReuse", noConnectionReuse, "--no-connection-reuse"));
        }
        if (throwErrors != null) {
            flags.add(new OptionFlag("throw", throwErrors, "--throw"));
        }
        modules.addTo(flags);
    }
}
