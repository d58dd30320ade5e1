package io.jk6.engine.metrics;

import java.util.List;

/**
 * The results by group and by scenario that k6's full summary adds to the totals.
 *
 * @param groups    the top-level groups of the samples outside any named scenario (no
 *                  {@code scenario} tag, or k6's {@code default})
 * @param scenarios one entry per other scenario, in first-seen order: every sample of the
 *                  scenario, its groups nested inside it
 */
public record Breakdown(List<GroupResults> groups, List<GroupResults> scenarios) {

    /** Nothing broken down: the compact summary, or no group and no named scenario ran. */
    public static final Breakdown NONE = new Breakdown(List.of(), List.of());

    public Breakdown {
        groups = List.copyOf(groups);
        scenarios = List.copyOf(scenarios);
    }
}
