package io.jk6.grpc.client;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * k6's gRPC metrics: {@code grpc_req_duration} (a builtin of k6), the stream counters of k6/net/grpc and the
 * bytes of the messages ({@code data_sent}/{@code data_received}), registered once per VU.
 */
public final class GrpcMetrics {

    private final Metric duration;
    private final Metric streams;
    private final Metric streamMessagesSent;
    private final Metric streamMessagesReceived;
    private final Metric dataSent;
    private final Metric dataReceived;

    public GrpcMetrics(MetricsRegistry registry) {
        duration = registry.newMetric("grpc_req_duration", MetricType.TREND, ValueType.TIME);
        streams = registry.newMetric("grpc_streams", MetricType.COUNTER, ValueType.DEFAULT);
        streamMessagesSent = registry.newMetric("grpc_streams_msgs_sent", MetricType.COUNTER, ValueType.DEFAULT);
        streamMessagesReceived = registry.newMetric("grpc_streams_msgs_received", MetricType.COUNTER,
                ValueType.DEFAULT);
        dataSent = registry.newMetric("data_sent", MetricType.COUNTER, ValueType.DATA);
        dataReceived = registry.newMetric("data_received", MetricType.COUNTER, ValueType.DATA);
    }

    /**
     * A call's end, as k6's stats handler records it: its duration at the end time, tagged with the call's
     * status; the message bytes it sent and received (gRPC's framing of 5 bytes a message included).
     */
    public SampleContainer ended(TagSet tags, Instant start, Instant end, int status, WireCount wire) {
        TagSet withStatus = tags.with("status", Integer.toString(status));
        List<Sample> samples = new ArrayList<>(3);
        samples.add(Sample.at(duration, withStatus, end, Duration.between(start, end).toNanos() / 1e6));
        if (wire.sent() > 0) {
            samples.add(Sample.at(dataSent, tags, end, wire.sent()));
        }
        if (wire.received() > 0) {
            samples.add(Sample.at(dataReceived, tags, end, wire.received()));
        }
        return SampleContainer.of(samples);
    }

    public Sample streamOpened(TagSet tags) {
        return Sample.at(streams, tags, Sample.now(), 1);
    }

    public Sample streamMessageSent(TagSet tags) {
        return Sample.at(streamMessagesSent, tags, Sample.now(), 1);
    }

    public Sample streamMessageReceived(TagSet tags, Instant at) {
        return Sample.at(streamMessagesReceived, tags, at, 1);
    }
}
