package io.jk6.api.metrics;

import java.util.List;

/**
 * Samples pushed together, such as the ones of one HTTP request. A {@link Sample} is a
 * container of itself.
 */
public interface SampleContainer {

    /** The samples, in the order they were taken. */
    List<Sample> samples();

    /**
     * How many samples {@link #samples()} holds, without building the list where the container
     * has none (a {@link Sample}): what bounded buffers count.
     *
     * @since 1.1
     */
    default int sampleCount() {
        return samples().size();
    }

    /** A container of these samples. */
    static SampleContainer of(List<Sample> samples) {
        List<Sample> copy = List.copyOf(samples);
        return () -> copy;
    }
}
