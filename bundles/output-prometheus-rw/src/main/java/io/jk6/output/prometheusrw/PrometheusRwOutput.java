package io.jk6.output.prometheusrw;

import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.Output;
import io.jk6.api.output.OutputParams;
import io.jk6.api.output.PeriodicFlusher;
import io.jk6.support.output.Retry;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;

/**
 * k6's {@code experimental-prometheus-rw} output: every {@code pushInterval} the series that
 * got samples are sent to the remote write endpoint with their cumulative values (counters'
 * sums, gauges' last values, rates, trends' stats or native histograms). A push that fails is logged and the test
 * goes on; at the end, with {@code K6_PROMETHEUS_RW_STALE_MARKERS=true}, every series is marked
 * stale.
 */
final class PrometheusRwOutput implements Output {

    private final OutputParams params;
    private final PrometheusRwConfig config;
    private final RemoteWriteClient client;
    /** A push that fails for a moment (Prometheus restarting, a 503) is tried twice more. */
    private final Retry retry = Retry.forOutputs();
    /**
     * Samples are recorded as they arrive, not buffered until the push: a push interval's samples
     * (5 s of a busy test is over a million) outgrew a bounded buffer and were dropped, and those
     * kept lived long enough to fill the old generation. What a series holds is its measure.
     */
    private final SeriesStore store;
    private PeriodicFlusher flusher;

    PrometheusRwOutput(OutputParams params, PrometheusRwConfig config) {
        this.params = params;
        this.config = config;
        this.client = new RemoteWriteClient(config);
        this.store = new SeriesStore(config.trendStats(), config.trendAsNativeHistogram());
    }

    @Override
    public String description() {
        return "Prometheus remote write (" + config.serverUrl() + ")";
    }

    @Override
    public void start() {
        flusher = PeriodicFlusher.start(config.pushInterval(), this::flush);
    }

    @Override
    public void addMetricSamples(List<SampleContainer> samples) {
        store.record(samples);
    }

    @Override
    public void stop() throws IOException, InterruptedException {
        flusher.stop(); // the last push
        try {
            if (config.staleMarkers()) {
                List<TimeSeries> markers = store.staleMarkers(System.currentTimeMillis());
                if (!markers.isEmpty()) {
                    store(markers, "marking time series as stale failed: ");
                }
            }
        } finally {
            client.close();
        }
    }

    private void store(List<TimeSeries> series, String failure) throws IOException, InterruptedException {
        try {
            client.store(series);
        } catch (IOException e) {
            throw new IOException(failure + e.getMessage(), e);
        }
    }

    /** On the flusher's thread: the push is synchronous, as k6's, so pushes never overlap. */
    private void flush() {
        long start = System.nanoTime();
        List<TimeSeries> series = store.drain();
        if (series.isEmpty()) {
            return; // no sample since the last push
        }
        try {
            retry.run(() -> client.store(series));
        } catch (IOException e) {
            params.logger().log(Level.ERROR, "Failed to send the time series data to the endpoint: " + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (took.compareTo(config.pushInterval()) > 0) {
            // nothing is kept between pushes: a push slower than the interval delays the next one
            params.logger().log(Level.WARNING, "Successful flushed time series to remote write endpoint but it took "
                    + took.toMillis() + "ms while flush period is " + config.pushInterval().toMillis()
                    + "ms. Some samples may be dropped. (nts=" + series.size() + ")");
        }
    }
}
