package io.jk6.api.runner;

import io.jk6.api.runtime.RunningTest;
import java.util.List;
import java.util.OptionalInt;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One run of a {@link LoadedTest}, from {@link LoadedTest#prepare} to {@link #close()}; it is the
 * {@link RunningTest} service tools see meanwhile. {@link #run()}, then {@link #summary()}, then
 * {@link #finish()}, on one thread; the rest from any.
 */
@ProviderType
public interface TestExecution extends RunningTest, AutoCloseable {

    /**
     * Runs the test to its end: init context, VUs, {@code setup()}, the scenarios,
     * {@code teardown()}. Returns when the test has ended, however it ended.
     *
     * @throws TestFailure when it could not run to a summary (a script error in the init context,
     *                     invalid options, an output that failed to start...), logged
     */
    void run() throws TestFailure;

    /**
     * A signal (Ctrl-C): logs k6's line and stops the test as {@link #stop()} does, with k6's exit
     * code 105. Returns at once.
     */
    void interrupt();

    /** Where the test is now. */
    Progress progress();

    /** The state k6's REST API shows. */
    TestStatus status();

    /** Every metric and sub-metric that received samples, with its thresholds judged now. */
    List<LiveMetric> metrics();

    /** The paths of the groups the script ran, in the order they first ran ({@code ::outer::inner}). */
    List<String> groupPaths();

    /** Every check so far. */
    List<CheckCount> checks();

    /**
     * Stops the test on a request to the REST API: as {@link #stop()}, but the test ends with k6's
     * exit code 103. A test already stopping by a signal keeps its reason, and one that has ended
     * its outcome.
     */
    void stopFromApi();

    /**
     * The {@code maxVUs} of the test's {@code externally-controlled} scenario, the most
     * {@link #setVUs} takes; empty when it has none.
     */
    OptionalInt controlledMaxVUs();

    /** {@code --linger} or {@code K6_LINGER}: the command waits for a signal before the summary. */
    boolean lingers();

    /** The end-of-test summary to write; a {@code handleSummary} that fails has been logged. */
    TestSummary summary();

    /**
     * Ends the run once its summary is written: the runtime kept for {@code handleSummary} released,
     * the thresholds' errors and the script's fail reason logged, then the outcome, which this
     * returns. (The outputs have flushed and stopped when {@link #run()} returned.)
     */
    TestOutcome finish();

    /** The run's resources go and the {@link RunningTest} service disappears. */
    @Override
    void close();
}
