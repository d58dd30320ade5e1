package io.jk6.api.runner;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A test as the {@link TestRunner} loaded it, ready to be inspected, archived or run. While it is
 * open, changes to {@code deploy/} wait (a module the script imports does not vanish under it);
 * close it when the command is done.
 */
@ProviderType
public interface LoadedTest extends AutoCloseable {

    /** The script file (inside an archive: the archive's main script). */
    Path script();

    /** Where the test logs, as its {@link LogSettings} asked. */
    TestLog log();

    /**
     * {@code --address} or {@code K6_ADDRESS}: where the REST API is to listen, as {@code host:port};
     * null when off or when the test is not to run. The command binds it before
     * {@link #prepare}, so a taken address fails before anything is made (k6's exit code 106).
     */
    String apiAddress();

    /**
     * {@code k6 inspect}: runs the init context once and returns the options as k6 prints them
     * (its {@code lib.Options} as indented JSON), with the command line's applied.
     *
     * @param executionRequirements also {@code totalDuration} and {@code maxVUs} of the plan
     * @throws TestFailure a script error (107) or invalid options (104), logged
     */
    String options(boolean executionRequirements) throws TestFailure;

    /**
     * {@code k6 archive}: runs the init context once and makes a tar of the script, every file the
     * init context read, the options with the command line's frozen in and (unless
     * {@code withoutEnv}) {@code __ENV}. The tar is whole before anything is written, so a failed
     * init context leaves no file behind.
     *
     * @throws TestFailure a script error (107) or invalid options (104), logged
     */
    byte[] archive(boolean withoutEnv) throws TestFailure;

    /**
     * Makes the test ready to run with the request's {@link RunSettings}: secret sources and
     * outputs; a {@link io.jk6.api.runtime.RunningTest} service appears for it. The REST API is the
     * command's to serve ({@link #apiAddress()}).
     *
     * @throws TestFailure a secret source or an output that does not work (-1 or 104), logged
     * @throws IllegalStateException when the request had no {@link RunSettings}
     */
    TestExecution prepare(TestObserver observer) throws TestFailure;

    /** Done with the test: {@code deploy/} changes may go ahead. */
    @Override
    void close();
}
