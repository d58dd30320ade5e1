package io.jk6.http;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import io.jk6.http.client.Exchange;
import io.jk6.http.client.Phase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** k6's built-in HTTP metrics, registered once per VU, and the samples of one request. */
final class HttpMetrics {

    private final Metric reqs;
    private final Metric failed;
    private final Metric duration;
    private final Metric blocked;
    private final Metric connecting;
    private final Metric tlsHandshaking;
    private final Metric sending;
    private final Metric waiting;
    private final Metric receiving;
    private final Metric dataSent;
    private final Metric dataReceived;

    HttpMetrics(MetricsRegistry registry) {
        reqs = registry.newMetric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);
        failed = registry.newMetric("http_req_failed", MetricType.RATE, ValueType.DEFAULT);
        duration = trend(registry, "http_req_duration");
        blocked = trend(registry, "http_req_blocked");
        connecting = trend(registry, "http_req_connecting");
        tlsHandshaking = trend(registry, "http_req_tls_handshaking");
        sending = trend(registry, "http_req_sending");
        waiting = trend(registry, "http_req_waiting");
        receiving = trend(registry, "http_req_receiving");
        dataSent = registry.newMetric("data_sent", MetricType.COUNTER, ValueType.DATA);
        dataReceived = registry.newMetric("data_received", MetricType.COUNTER, ValueType.DATA);
    }

    private static Metric trend(MetricsRegistry registry, String name) {
        return registry.newMetric(name, MetricType.TREND, ValueType.TIME);
    }

    /**
     * The samples of one request (one hop of a redirect chain), all at one timestamp.
     *
     * @param unexpected the {@code http_req_failed} value; null when there is no response
     *                   callback ({@code http.setResponseCallback(null)}): no such sample, as k6
     */
    SampleContainer samplesOf(Exchange exchange, TagSet tags, Boolean unexpected) {
        Instant now = Sample.now();
        var t = exchange.timings();
        List<Sample> samples = new ArrayList<>(11);
        samples.add(Sample.at(reqs, tags, now, 1));
        if (unexpected != null) {
            samples.add(Sample.at(failed, tags, now, unexpected ? 1 : 0));
        }
        samples.add(Sample.at(duration, tags, now, t.durationMillis()));
        samples.add(Sample.at(blocked, tags, now, t.millis(Phase.BLOCKED)));
        samples.add(Sample.at(connecting, tags, now, t.millis(Phase.CONNECTING)));
        samples.add(Sample.at(tlsHandshaking, tags, now, t.millis(Phase.TLS_HANDSHAKING)));
        samples.add(Sample.at(sending, tags, now, t.millis(Phase.SENDING)));
        samples.add(Sample.at(waiting, tags, now, t.millis(Phase.WAITING)));
        samples.add(Sample.at(receiving, tags, now, t.millis(Phase.RECEIVING)));
        samples.add(Sample.at(dataSent, tags, now, exchange.bytesSent()));
        samples.add(Sample.at(dataReceived, tags, now, exchange.bytesReceived()));
        return SampleContainer.of(samples);
    }
}
