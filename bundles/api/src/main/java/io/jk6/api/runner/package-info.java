/**
 * How a test is loaded and run: the one service behind {@code jk6 run}, {@code archive},
 * {@code inspect} and the shell's {@code jk6:run}. A command line turns its flags into a
 * {@link io.jk6.api.runner.TestRequest}; the {@link io.jk6.api.runner.TestRunner} loads the test
 * (script or archive, {@code __ENV}, every option layer in k6's order), and the
 * {@link io.jk6.api.runner.LoadedTest} gives its options (inspect), its archive, or a
 * {@link io.jk6.api.runner.TestExecution} to run. The engine decides how a test ended
 * ({@link io.jk6.api.runner.TestOutcome}, k6's exit code, reason and hint) and logs it; the command
 * line shows the banner and the progress, writes the summary, serves the REST API from what the
 * execution shows, and exits with the code.
 *
 * <pre>{@code
 * @Reference TestRunner runner;
 *
 * TestRequest request = TestRequest.builder(Path.of("script.js"), workingDirectory, System.getenv(),
 *         System.out, System.err).run(RunSettings.builder().build()).build();
 * try (LoadedTest test = runner.load(request);
 *         TestExecution execution = test.prepare(TestObserver.SILENT)) {
 *     execution.run();
 *     TestSummary summary = execution.summary();  // to write: stdout, stderr or files
 *     return execution.finish().exitCode();
 * } catch (TestFailure e) {
 *     return e.outcome().exitCode();  // already logged
 * }
 * }</pre>
 *
 * <p>Not part of the extension API: modules and outputs never need it.
 */
@Export
@Version("1.0.0")
package io.jk6.api.runner;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
