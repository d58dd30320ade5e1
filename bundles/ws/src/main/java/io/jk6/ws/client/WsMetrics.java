package io.jk6.ws.client;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** k6's WebSocket metrics, registered once per VU, and the samples of a session. */
public final class WsMetrics {

    private final Metric sessions;
    private final Metric connecting;
    private final Metric sessionDuration;
    private final Metric sent;
    private final Metric received;
    private final Metric ping;
    private final Metric dataSent;
    private final Metric dataReceived;

    public WsMetrics(MetricsRegistry registry) {
        sessions = registry.newMetric("ws_sessions", MetricType.COUNTER, ValueType.DEFAULT);
        connecting = registry.newMetric("ws_connecting", MetricType.TREND, ValueType.TIME);
        sessionDuration = registry.newMetric("ws_session_duration", MetricType.TREND, ValueType.TIME);
        sent = registry.newMetric("ws_msgs_sent", MetricType.COUNTER, ValueType.DEFAULT);
        received = registry.newMetric("ws_msgs_received", MetricType.COUNTER, ValueType.DEFAULT);
        ping = registry.newMetric("ws_ping", MetricType.TREND, ValueType.TIME);
        dataSent = registry.newMetric("data_sent", MetricType.COUNTER, ValueType.DATA);
        dataReceived = registry.newMetric("data_received", MetricType.COUNTER, ValueType.DATA);
    }

    /** {@code ws_sessions} and {@code ws_connecting}, at the time the handshake started, as k6. */
    public SampleContainer connected(TagSet tags, Instant start, Instant end) {
        return SampleContainer.of(List.of(Sample.at(sessions, tags, start, 1),
                Sample.at(connecting, tags, start, millis(start, end))));
    }

    /** {@code ws_session_duration}, and what the socket sent and received. */
    public SampleContainer ended(TagSet tags, Instant start, Instant end, WireCount wire) {
        if (wire == null) {
            return Sample.at(sessionDuration, tags, start, millis(start, end));
        }
        return SampleContainer.of(List.of(Sample.at(sessionDuration, tags, start, millis(start, end)),
                Sample.at(dataSent, tags, end, wire.sent()),
                Sample.at(dataReceived, tags, end, wire.received())));
    }

    public Sample sent(TagSet tags) {
        return Sample.at(sent, tags, Sample.now(), 1);
    }

    public Sample received(TagSet tags, Instant at) {
        return Sample.at(received, tags, at, 1);
    }

    public Sample ping(TagSet tags, Instant pinged, Instant ponged) {
        return Sample.at(ping, tags, ponged, millis(pinged, ponged));
    }

    private static double millis(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }
}
