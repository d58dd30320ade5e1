package io.jk6.k6.testing;

import io.jk6.api.js.VUState;
import io.jk6.api.metrics.TagSet;

/** A running VU's state with the tags an engine gives it: scenario and the root group. */
public final class FakeVUState implements VUState {

    private TagSet tags = TagSet.of("scenario", "default", "group", "");

    @Override
    public long vuId() {
        return 1;
    }

    @Override
    public long vuIdGlobal() {
        return 1;
    }

    @Override
    public long iteration() {
        return 0;
    }

    @Override
    public String scenario() {
        return "default";
    }

    @Override
    public TagSet tags() {
        return tags;
    }

    @Override
    public void setTags(TagSet tags) {
        this.tags = tags;
    }
}
