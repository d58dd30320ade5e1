package io.jk6.engine.run;

/**
 * Where a scenario is, for its progress line and {@code exec.scenario.progress}, as k6's
 * executors report it.
 *
 * @param fraction from 0 to 1
 * @param details  k6's right-hand part, such as {@code 10 VUs  10s} or {@code 05/10 VUs  10s  100.00 iters/s}
 */
public record ScenarioProgress(double fraction, String details) {

    public static final ScenarioProgress WAITING = new ScenarioProgress(0, "waiting");
}
