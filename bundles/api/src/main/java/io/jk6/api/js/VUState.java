package io.jk6.api.js;

import io.jk6.api.metrics.TagSet;
import org.osgi.annotation.versioning.ProviderType;

/** A running VU's identity and position, as k6's {@code lib.State}. */
@ProviderType
public interface VUState {

    /** The VU's number in this jk6 instance, from 1. */
    long vuId();

    /** The VU's number across the whole test (same as {@link #vuId()} on one instance). */
    long vuIdGlobal();

    /** The iteration the VU is in, from 0. */
    long iteration();

    /** The scenario the VU runs. */
    String scenario();

    /** The tags every sample of this VU carries now (scenario, group, the script's tags). */
    TagSet tags();

    /** Replaces the VU's current tags, as {@code group()} does for the {@code group} tag. */
    void setTags(TagSet tags);
}
