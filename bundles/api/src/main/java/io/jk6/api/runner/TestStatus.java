package io.jk6.api.runner;

/**
 * A running test's state as k6's REST API shows it ({@code GET /v1/status}).
 *
 * @param status  k6's execution status number (7 while the scenarios run, 10 once ended...)
 * @param paused  no new iteration starts
 * @param vus     VUs running iterations
 * @param vusMax  VUs initialized
 * @param stopped the test is stopping or stopped early
 * @param running the scenarios started and the test has not ended
 * @param tainted some threshold fails now
 */
public record TestStatus(int status, boolean paused, int vus, int vusMax, boolean stopped, boolean running,
        boolean tainted) {
}
