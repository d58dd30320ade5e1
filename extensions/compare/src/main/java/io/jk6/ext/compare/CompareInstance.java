package io.jk6.ext.compare;

import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;

/** What one VU's script sees as {@code k6/x/compare/advanced}. */
public final class CompareInstance {

    private final VU vu;

    CompareInstance(VU vu) {
        this.vu = vu;
    }

    /** True when {@code a} is greater than {@code b}. */
    public boolean isGreater(int a, int b) {
        return a > b;
    }

    /**
     * The VU's position, {@code {active_vus, iteration, vu_id}} in JS. In the init context the
     * VU has no state yet: iteration and VU id are then 0.
     */
    public InternalState getInternalState() {
        VUState state = vu.state().orElse(null);
        return new InternalState(vu.executionState().activeVUs(), state == null ? 0 : state.iteration(),
                state == null ? 0 : state.vuId());
    }

    /** {@code new compare.Comparator(margin)}: the X prefix makes a JS constructor. */
    public Comparator XComparator(double margin) {
        return new Comparator(margin);
    }
}
