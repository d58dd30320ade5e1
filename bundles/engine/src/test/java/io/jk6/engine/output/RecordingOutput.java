package io.jk6.engine.output;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.Output;
import io.jk6.api.output.WithThresholds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** An output that records what the engine did to it, and whether it was ever called concurrently. */
public class RecordingOutput implements Output, WithThresholds {

    public final List<String> events = Collections.synchronizedList(new ArrayList<>());
    public final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    public final AtomicBoolean concurrentCall = new AtomicBoolean();
    public volatile Map<String, List<String>> thresholds;
    private final AtomicBoolean inCall = new AtomicBoolean();
    private final String name;

    public RecordingOutput(String name) {
        this.name = name;
    }

    @Override
    public String description() {
        return "recording (" + name + ")";
    }

    @Override
    public void setThresholds(Map<String, List<String>> thresholds) {
        this.thresholds = thresholds;
        events.add("thresholds");
    }

    @Override
    public void start() throws Exception {
        events.add("start");
    }

    @Override
    public void addMetricSamples(List<SampleContainer> containers) {
        if (!inCall.compareAndSet(false, true)) {
            concurrentCall.set(true);
        }
        try {
            Thread.yield(); // widen the window a concurrent call would hit
            if (events.isEmpty() || !events.get(events.size() - 1).equals("samples")) {
                events.add("samples");
            }
            for (SampleContainer c : containers) {
                samples.addAll(c.samples());
            }
        } finally {
            inCall.set(false);
        }
    }

    @Override
    public void stop() throws Exception {
        events.add("stop");
    }

    /** Samples of one metric. */
    public List<Sample> of(String metric) {
        synchronized (samples) {
            return samples.stream().filter(s -> s.metric().name().equals(metric)).toList();
        }
    }
}
