package io.jk6.cli;

import picocli.CommandLine.Option;

/**
 * k6 run flags for what jk6 does not have or has under another flag, accepted so that a k6
 * command line runs unchanged: {@code --no-summary} (k6's older {@code --summary-mode=disabled}),
 * {@code --no-usage-report} (jk6 reports nothing), {@code --traces-output} (only {@code none}:
 * jk6 does not trace itself), {@code -m/--max} (deprecated in k6, ignored with its warning).
 */
final class ExtraRunFlags {

    /** k6's warning for {@code --max}, which pflag prints for a deprecated flag. */
    static final String MAX_DEPRECATED = "Flag --max has been deprecated, the global MaxVUs option is obsolete and"
            + " doesn't affect the k6 script execution";

    @Option(names = "--no-summary", description = "don't show the summary at the end of the test (as --summary-mode"
            + " disabled)")
    Boolean noSummary;

    @Option(names = "--no-usage-report", description = "don't send anonymous usage stats (jk6 sends none anyway)")
    boolean noUsageReport;

    @Option(names = "--traces-output", paramLabel = "output",
            description = "set the output for k6 traces, possible values are none,otel[=host:port]; jk6: none only")
    String tracesOutput;

    @Option(names = {"-m", "--max"}, paramLabel = "int", hidden = true,
            description = "max available virtual users (deprecated in k6, ignored)")
    String max;
}
