package io.jk6.api.runner;

import java.util.List;
import java.util.Objects;

/**
 * k6's runtime options of {@code k6 run}, as the flags give them: null (or empty) means "not
 * given", and the engine then reads the {@code K6_*} variable ({@code K6_OUT}, {@code K6_NO_THRESHOLDS},
 * {@code K6_SUMMARY_MODE}, {@code K6_NO_SUMMARY}, {@code K6_SUMMARY_EXPORT}, {@code K6_ADDRESS},
 * {@code K6_PAUSED}, {@code K6_LINGER}, {@code K6_TRACES_OUTPUT}, {@code K6_SECRET_SOURCE},
 * {@code K6_WEB_DASHBOARD}). Built with {@link #builder()}.
 */
public final class RunSettings {

    private final List<String> outputs;
    private final Boolean noThresholds;
    private final String summaryMode;
    private final Boolean noSummary;
    private final String summaryExport;
    private final String address;
    private final Boolean paused;
    private final Boolean linger;
    private final String tracesOutput;
    private final List<String> secretSources;
    private final boolean noColor;

    private RunSettings(Builder b) {
        this.outputs = List.copyOf(b.outputs);
        this.noThresholds = b.noThresholds;
        this.summaryMode = b.summaryMode;
        this.noSummary = b.noSummary;
        this.summaryExport = b.summaryExport;
        this.address = b.address;
        this.paused = b.paused;
        this.linger = b.linger;
        this.tracesOutput = b.tracesOutput;
        this.secretSources = List.copyOf(b.secretSources);
        this.noColor = b.noColor;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code --out NAME[=ARG]}, in order. */
    public List<String> outputs() {
        return outputs;
    }

    public Boolean noThresholds() {
        return noThresholds;
    }

    /** {@code --summary-mode}: compact, full or disabled. */
    public String summaryMode() {
        return summaryMode;
    }

    public Boolean noSummary() {
        return noSummary;
    }

    public String summaryExport() {
        return summaryExport;
    }

    /** {@code --address}: where the REST API listens, as {@code host:port} (the command serves it). */
    public String address() {
        return address;
    }

    public Boolean paused() {
        return paused;
    }

    public Boolean linger() {
        return linger;
    }

    public String tracesOutput() {
        return tracesOutput;
    }

    /** {@code --secret-source TYPE=CONFIG}, in order. */
    public List<String> secretSources() {
        return secretSources;
    }

    /** {@code --no-color}: the summary without colours. */
    public boolean noColor() {
        return noColor;
    }

    /** {@link RunSettings} in the making; nothing set means k6's defaults. */
    public static final class Builder {

        private List<String> outputs = List.of();
        private Boolean noThresholds;
        private String summaryMode;
        private Boolean noSummary;
        private String summaryExport;
        private String address;
        private Boolean paused;
        private Boolean linger;
        private String tracesOutput;
        private List<String> secretSources = List.of();
        private boolean noColor;

        private Builder() {
        }

        public Builder outputs(List<String> names) {
            this.outputs = Objects.requireNonNull(names, "names");
            return this;
        }

        public Builder noThresholds(Boolean flag) {
            this.noThresholds = flag;
            return this;
        }

        public Builder summaryMode(String mode) {
            this.summaryMode = mode;
            return this;
        }

        public Builder noSummary(Boolean flag) {
            this.noSummary = flag;
            return this;
        }

        public Builder summaryExport(String file) {
            this.summaryExport = file;
            return this;
        }

        public Builder address(String hostPort) {
            this.address = hostPort;
            return this;
        }

        public Builder paused(Boolean flag) {
            this.paused = flag;
            return this;
        }

        public Builder linger(Boolean flag) {
            this.linger = flag;
            return this;
        }

        public Builder tracesOutput(String output) {
            this.tracesOutput = output;
            return this;
        }

        public Builder secretSources(List<String> sources) {
            this.secretSources = Objects.requireNonNull(sources, "sources");
            return this;
        }

        public Builder noColor(boolean flag) {
            this.noColor = flag;
            return this;
        }

        public RunSettings build() {
            return new RunSettings(this);
        }
    }
}
