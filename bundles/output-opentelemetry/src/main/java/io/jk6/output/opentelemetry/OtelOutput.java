package io.jk6.output.opentelemetry;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.Output;
import io.jk6.api.output.OutputParams;
import io.jk6.support.output.Retry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.exporter.otlp.metrics.OtlpGrpcMetricExporter;
import io.opentelemetry.exporter.otlp.metrics.OtlpGrpcMetricExporterBuilder;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporterBuilder;
import io.opentelemetry.sdk.common.export.RetryPolicy;
import io.opentelemetry.sdk.metrics.Aggregation;
import io.opentelemetry.sdk.metrics.InstrumentSelector;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.View;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * k6's {@code opentelemetry} output: samples are recorded on the SDK's instruments as they arrive
 * ({@link SampleRecorder}; k6 buffers them for {@code K6_OTEL_FLUSH_INTERVAL}, which jk6 reads and
 * checks but needs not); every {@code K6_OTEL_EXPORT_INTERVAL} the SDK's periodic reader exports
 * their cumulative values over OTLP. A failed export is logged and the test goes on; {@link #stop()}
 * shuts the SDK down, which exports once more.
 */
final class OtelOutput implements Output {

    /** k6's histogram buckets, in milliseconds: 50ms to 60s. */
    static final List<Double> BUCKETS = List.of(50d, 75d, 100d, 150d, 200d, 300d, 500d, 750d, 1000d, 1500d, 2000d,
            3000d, 5000d, 7500d, 10000d, 15000d, 20000d, 30000d, 45000d, 60000d);
    /** Series per instrument: the SDK's default, 2000, would fold k6's per-URL series into one overflow series. */
    static final int CARDINALITY_LIMIT = 100_000;

    private final OutputParams params;
    private final OtelConfig config;
    private SdkMeterProvider meterProvider;
    /**
     * Records each batch as it arrives, on the dispatcher's thread (never called concurrently): the
     * SDK's instruments aggregate, so there is nothing to keep until a flush, and samples that waited
     * for one lived long enough to fill the old generation.
     */
    private SampleRecorder recorder;

    OtelOutput(OutputParams params, OtelConfig config) {
        this.params = params;
        this.config = config;
    }

    @Override
    public String description() {
        return "opentelemetry (" + config + ")";
    }

    @Override
    public void start() {
        Resource resource = Resource.getDefault().merge(Resource.create(Attributes.builder()
                .put("service.name", config.serviceName())
                .put("service.version", config.serviceVersion()).build()));
        PeriodicMetricReader reader = PeriodicMetricReader
                .builder(new ReportingExporter(exporter(), config.url(), params.logger()))
                .setInterval(config.exportInterval()).build();
        meterProvider = SdkMeterProvider.builder()
                .setResource(resource)
                .registerMetricReader(reader, instrumentType -> CARDINALITY_LIMIT)
                .registerView(InstrumentSelector.builder().setType(InstrumentType.HISTOGRAM).build(),
                        View.builder().setAggregation(Aggregation.explicitBucketHistogram(BUCKETS)).build())
                .build();
        recorder = new SampleRecorder(meterProvider.get("k6"), config.metricPrefix());
    }

    /**
     * An export that failed for a reason that may pass (refused connection, 429, 502-504) is tried by
     * the rule of jk6's other outputs ({@link Retry#forOutputs}: three times in all, pausing up to
     * 250 ms, then up to 500 ms, the SDK's pauses being jittered). The SDK's own policy (5 attempts,
     * pauses from 1 s growing to 5 s) kept a run whose collector was down waiting about 8 s after its
     * test had ended, for the last export.
     */
    static final RetryPolicy RETRY = RetryPolicy.builder().setMaxAttempts(Retry.OUTPUT_ATTEMPTS)
            .setInitialBackoff(Retry.OUTPUT_FIRST_PAUSE).setBackoffMultiplier(2)
            .setMaxBackoff(Retry.OUTPUT_FIRST_PAUSE.multipliedBy(2)).build();

    /**
     * The OTLP exporter of the configured protocol, with k6's headers and TLS; no self-telemetry
     * through GlobalOpenTelemetry. The TLS is a whole context rather than the builders' PEM bytes: the
     * SDK reads PKCS#8 keys only, and knows nothing of skipping verification.
     */
    private MetricExporter exporter() {
        if (config.protocol().equals(OtelConfig.GRPC)) {
            OtlpGrpcMetricExporterBuilder grpc = OtlpGrpcMetricExporter.builder().setEndpoint(config.grpcUrl())
                    .setComponentLoader(new SenderLoader()).setMeterProvider(MeterProvider::noop).setRetryPolicy(RETRY);
            config.headers().forEach(grpc::addHeader);
            if (config.tls() != null) {
                grpc.setSslContext(config.tls().context(), config.tls().trustManager())
                        .setEnabledProtocols(OtelTls.PROTOCOLS);
            }
            return grpc.build();
        }
        OtlpHttpMetricExporterBuilder http = OtlpHttpMetricExporter.builder().setEndpoint(config.httpUrl())
                .setComponentLoader(new SenderLoader()).setMeterProvider(MeterProvider::noop).setRetryPolicy(RETRY);
        config.headers().forEach(http::addHeader);
        if (config.tls() != null) {
            http.setSslContext(config.tls().context(), config.tls().trustManager())
                    .setEnabledProtocols(OtelTls.PROTOCOLS);
        }
        return http.build();
    }

    @Override
    public void addMetricSamples(List<SampleContainer> samples) {
        for (SampleContainer container : samples) {
            for (Sample sample : container.samples()) {
                recorder.record(sample);
            }
        }
    }

    @Override
    public void stop() {
        // shutdown collects and exports once more: the run's final values reach the collector
        var shutdown = meterProvider.shutdown().join(30, TimeUnit.SECONDS);
        if (!shutdown.isSuccess()) {
            params.logger().log(Level.ERROR, "can't shutdown OpenTelemetry metric provider");
        }
    }
}
