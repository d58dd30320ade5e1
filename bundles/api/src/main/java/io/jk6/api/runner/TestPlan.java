package io.jk6.api.runner;

import java.time.Duration;
import java.util.List;

/**
 * What a test will run, as k6's banner shows it.
 *
 * @param maxVUs      the most VUs at once
 * @param maxDuration the longest it can take, graceful stops included
 * @param scenarios   each scenario, in the order they are shown
 * @param outputs     each output's description, e.g. {@code json (results.json)}
 */
public record TestPlan(int maxVUs, Duration maxDuration, List<Scenario> scenarios, List<String> outputs) {

    public TestPlan {
        scenarios = List.copyOf(scenarios);
        outputs = List.copyOf(outputs);
    }

    /**
     * @param name        the scenario's name
     * @param description k6's line for it, e.g. {@code 1 iterations for each of 1 VUs (maxDuration: 10m0s, gracefulStop: 30s)}
     */
    public record Scenario(String name, String description) {
    }
}
