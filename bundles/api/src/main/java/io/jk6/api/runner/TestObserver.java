package io.jk6.api.runner;

import java.time.Duration;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Watches a test through its life, on the thread that runs it: a command line prints its banner
 * when the test is planned and draws its progress from start to finish.
 */
@ConsumerType
public interface TestObserver {

    /** An observer that watches nothing. */
    TestObserver SILENT = new TestObserver() {
    };

    /** The init context ran and the options are final: what will run. */
    default void planned(TestPlan plan) {
    }

    /** {@code vus} VUs are initialized. */
    default void initialized(int vus, Duration took) {
    }

    /** {@code setup()} is next; then the scenarios start. */
    default void started(TestExecution execution) {
    }

    /** The scenarios ended; {@code teardown()} ran. */
    default void finished(TestExecution execution) {
    }
}
