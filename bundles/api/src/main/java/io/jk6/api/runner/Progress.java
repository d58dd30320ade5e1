package io.jk6.api.runner;

import java.time.Duration;
import java.util.List;

/**
 * Where a running test is now, as k6's progress lines show it.
 *
 * @param elapsed                time since the test started (paused time left out)
 * @param activeVUs              VUs running iterations
 * @param initializedVUs         VUs initialized
 * @param completeIterations     iterations that ran to their end
 * @param interruptedIterations  iterations cut short
 * @param scenarios              each scenario's progress
 */
public record Progress(Duration elapsed, int activeVUs, int initializedVUs, long completeIterations,
        long interruptedIterations, List<Scenario> scenarios) {

    public Progress {
        scenarios = List.copyOf(scenarios);
    }

    /**
     * @param name        the scenario's name
     * @param fraction    how much of it has run, from 0 to 1
     * @param details     its executor's details, e.g. {@code 10 VUs  05.2s/10s}
     * @param done        it ended
     * @param interrupted it ended before its work was done
     */
    public record Scenario(String name, double fraction, String details, boolean done, boolean interrupted) {
    }
}
