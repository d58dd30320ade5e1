package io.jk6.output.opentelemetry;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.MemoryMode;
import io.opentelemetry.sdk.metrics.Aggregation;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The OTLP exporter, with each failed export logged in jk6's log: the SDK reports failures only
 * to {@code java.util.logging}, which jk6 does not show as its own log lines. A failure does not
 * stop the test; the next export sends the cumulative values again.
 */
final class ReportingExporter implements MetricExporter {

    /**
     * The SDK's own reports of the same failure (a SEVERE line with a stack trace, then a WARNING),
     * silenced: jk6 shows {@code java.util.logging} too, so each failure would take a screenful.
     * Strong references, as {@code java.util.logging} keeps loggers weakly.
     */
    private static final List<java.util.logging.Logger> SDK_FAILURE_LOGGERS = Stream.of(
            "io.opentelemetry.exporter.otlp.internal.HttpExporter",
            "io.opentelemetry.exporter.otlp.internal.GrpcExporter",
            "io.opentelemetry.sdk.metrics.export.PeriodicMetricReader")
            .map(java.util.logging.Logger::getLogger).toList();

    static {
        SDK_FAILURE_LOGGERS.forEach(logger -> logger.setLevel(java.util.logging.Level.OFF));
    }

    private final MetricExporter delegate;
    private final String url;
    private final Logger logger;
    /** The exports not finished yet: shutdown waits for them (see {@link #shutdown()}). */
    private final Set<CompletableResultCode> inFlight = ConcurrentHashMap.newKeySet();

    ReportingExporter(MetricExporter delegate, String url, Logger logger) {
        this.delegate = delegate;
        this.url = url;
        this.logger = logger;
    }

    @Override
    public CompletableResultCode export(Collection<MetricData> metrics) {
        CompletableResultCode result = delegate.export(metrics);
        inFlight.add(result);
        result.whenComplete(() -> {
            inFlight.remove(result);
            if (!result.isSuccess()) {
                Throwable failure = result.getFailureThrowable();
                logger.log(Level.ERROR, "Failed to export metrics to the OpenTelemetry collector at " + url
                        + (failure == null ? "" : ": " + failure.getMessage()));
            }
        });
        return result;
    }

    @Override
    public CompletableResultCode flush() {
        return delegate.flush();
    }

    /**
     * Waits (up to 10 s) for the exports in flight, then shuts the sender down: the JDK sender's
     * shutdown interrupts what it is still sending, and the metric reader's last export at the
     * end of the run is often still on its way when the reader shuts the exporter down.
     */
    @Override
    public CompletableResultCode shutdown() {
        CompletableResultCode.ofAll(List.copyOf(inFlight)).join(10, TimeUnit.SECONDS);
        return delegate.shutdown();
    }

    @Override
    public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
        return delegate.getAggregationTemporality(instrumentType);
    }

    @Override
    public Aggregation getDefaultAggregation(InstrumentType instrumentType) {
        return delegate.getDefaultAggregation(instrumentType);
    }

    @Override
    public MemoryMode getMemoryMode() {
        return delegate.getMemoryMode();
    }
}
