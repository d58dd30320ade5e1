package io.jk6.engine.runner;

import io.jk6.api.runner.RunSettings;
import io.jk6.engine.config.TestOptionsReader;
import io.jk6.engine.output.OutputSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * k6's runtime options: how jk6 itself behaves around the test, set by flags or {@code K6_*}
 * variables only (never by the script).
 *
 * @param noThresholds  {@code --no-thresholds} / {@code K6_NO_THRESHOLDS}
 * @param summaryMode   {@code --summary-mode} / {@code K6_SUMMARY_MODE}; {@code --no-summary} /
 *                      {@code K6_NO_SUMMARY} make it {@code disabled} when neither is given
 * @param summaryExport {@code --summary-export} / {@code K6_SUMMARY_EXPORT}, or null
 * @param configFile    {@code --config} / {@code K6_CONFIG}, or null
 * @param address       {@code --address} / {@code K6_ADDRESS}: where the REST API listens, or null (off, as k6 v2)
 * @param paused        {@code --paused} / {@code K6_PAUSED}: the test waits to be resumed before it starts
 * @param linger        {@code --linger} / {@code K6_LINGER}: once the test is done, jk6 (and its REST API)
 *                      waits for a signal before the summary and the exit
 * @param webDashboard  {@code K6_WEB_DASHBOARD}: the {@code web-dashboard} output joins the others, as in k6
 * @param outputs       {@code --out}, else {@code K6_OUT}; empty when neither is given
 * @param secretSources {@code --secret-source}, else {@code K6_SECRET_SOURCE}
 * @param noColor       {@code --no-color}
 */
record RuntimeOptions(boolean noThresholds, SummaryMode summaryMode, String summaryExport, String configFile,
        String address, boolean paused, boolean linger, boolean webDashboard, List<String> outputs,
        List<String> secretSources, boolean noColor) {

    /**
     * @param settings   the flags of {@code jk6 run}
     * @param configFlag {@code --config}, or null
     */
    static RuntimeOptions of(RunSettings settings, String configFlag, Map<String, String> env, List<String> problems) {
        boolean noThresholds = flagOrEnv(settings.noThresholds(), "K6_NO_THRESHOLDS", env, problems);
        SummaryMode mode = SummaryMode.COMPACT;
        String modeName = null;
        String modeOption = null;
        if (settings.summaryMode() != null) {
            modeName = settings.summaryMode();
            modeOption = "--summary-mode";
        } else if (env.containsKey("K6_SUMMARY_MODE")) {
            modeName = env.get("K6_SUMMARY_MODE");
            modeOption = "K6_SUMMARY_MODE";
        }
        boolean noSummary = flagOrEnv(settings.noSummary(), "K6_NO_SUMMARY", env, problems);
        if (modeName == null && noSummary) {
            modeName = "disabled";
        }
        checkTracesOutput(settings.tracesOutput(), env, problems);
        if (modeName != null) {
            mode = SummaryMode.of(modeName);
            if (mode == null) {
                problems.add(modeOption + ": invalid summary mode \"" + modeName
                        + "\", use 'compact', 'full' or 'disabled'");
                mode = SummaryMode.COMPACT;
            }
        }
        String export = settings.summaryExport() != null ? settings.summaryExport() : env.get("K6_SUMMARY_EXPORT");
        String config = configFlag != null ? configFlag : env.get("K6_CONFIG");
        String address = settings.address() != null ? settings.address() : env.get("K6_ADDRESS");
        boolean paused = flagOrEnv(settings.paused(), "K6_PAUSED", env, problems);
        boolean linger = flagOrEnv(settings.linger(), "K6_LINGER", env, problems);
        boolean webDashboard = flagOrEnv(null, "K6_WEB_DASHBOARD", env, problems);
        List<String> outputs = settings.outputs().isEmpty() ? k6Out(env) : settings.outputs();
        List<String> secretSources = settings.secretSources().isEmpty() && env.containsKey("K6_SECRET_SOURCE")
                ? List.of(env.get("K6_SECRET_SOURCE")) : settings.secretSources();
        return new RuntimeOptions(noThresholds, mode, export == null || export.isEmpty() ? null : export,
                config == null || config.isEmpty() ? null : config, address == null || address.isEmpty() ? null : address,
                paused, linger, webDashboard, outputs, secretSources, settings.noColor());
    }

    /**
     * {@code --traces-output} / {@code K6_TRACES_OUTPUT}: only {@code none}, as jk6 does not trace its
     * own work.
     */
    private static void checkTracesOutput(String flag, Map<String, String> env, List<String> problems) {
        String traces = flag != null ? flag : env.get("K6_TRACES_OUTPUT");
        String option = flag != null ? "--traces-output" : "K6_TRACES_OUTPUT";
        if (traces != null && !traces.isEmpty() && !traces.equals("none")) {
            problems.add(option + ": \"" + traces + "\" is not supported by jk6, which does not trace its own work;"
                    + " use none");
        }
    }

    /**
     * k6's {@code K6_OUT}: the outputs of a run that has no {@code --out}, separated by commas as
     * k6 reads the variable (so an argument holding a comma needs {@code --out} instead); empty
     * when unset.
     */
    static List<String> k6Out(Map<String, String> env) {
        String out = env.get("K6_OUT");
        if (out == null) {
            return List.of();
        }
        List<String> outputs = new ArrayList<>();
        for (String output : out.split(",")) {
            if (!output.isBlank()) {
                outputs.add(output.strip());
            }
        }
        return outputs;
    }

    /**
     * What outputs read of these options and the test's ({@code OutputParams.runtimeOptions()}), as
     * k6 hands them its {@code lib.RuntimeOptions}.
     */
    io.jk6.api.output.RuntimeOptions forOutputs(LoadedScript test) {
        Map<String, String> env = Map.copyOf(test.env());
        return new io.jk6.api.output.RuntimeOptions() {
            @Override
            public boolean includeSystemEnvVars() {
                return test.includeSystemEnv();
            }

            @Override
            public String compatibilityMode() {
                return test.compatibilityMode();
            }

            @Override
            public Map<String, String> env() {
                return env;
            }

            @Override
            public boolean noThresholds() {
                return noThresholds;
            }

            @Override
            public boolean noSummary() {
                return summaryMode == SummaryMode.DISABLED;
            }

            @Override
            public String summaryMode() {
                return summaryMode.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public Optional<String> summaryExport() {
                return Optional.ofNullable(summaryExport);
            }
        };
    }

    /** The {@code web-dashboard} output's name, which {@code K6_WEB_DASHBOARD=true} adds. */
    static final String WEB_DASHBOARD = "web-dashboard";

    /**
     * The run's outputs: {@code outputs} ({@code --out}, or the deployed ones), and k6's web dashboard
     * when {@code K6_WEB_DASHBOARD=true}, as k6 adds it. Named by {@code --out web-dashboard} as well, it
     * is there once (k6 would start a second one on the same port).
     */
    List<String> withWebDashboard(List<String> outputs) {
        if (!webDashboard || outputs.stream().anyMatch(o -> OutputSpec.parse(o).name().equals(WEB_DASHBOARD))) {
            return outputs;
        }
        List<String> with = new ArrayList<>(outputs);
        with.add(WEB_DASHBOARD);
        return with;
    }

    /** A boolean flag when given, else its {@code K6_*} variable when set, else false. */
    private static boolean flagOrEnv(Boolean flag, String variable, Map<String, String> env, List<String> problems) {
        if (flag != null) {
            return flag;
        }
        return env.containsKey(variable)
                && Boolean.TRUE.equals(TestOptionsReader.parseBool(variable, env.get(variable), problems));
    }
}
