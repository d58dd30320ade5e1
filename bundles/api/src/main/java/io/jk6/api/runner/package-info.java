/**
 * How a test is loaded and run: the one service behind {@code jk6 run}, {@code archive},
 * {@code inspect} and the shell's {@code jk6:run}. A command line turns its flags into a
 * {@link io.jk6.api.runner.TestRequest}; the {@link io.jk6.api.runner.TestRunner} loads the test
 * (script or archive, {@code __ENV}, every option layer in k6's order), and the
 * {@link io.jk6.api.runner.LoadedTest} prints its options, writes an archive or starts a
 * {@link io.jk6.api.runner.TestExecution}. The engine decides how a test ended
 * ({@link io.jk6.api.runner.TestOutcome}, k6's exit code, reason and hint) and logs it; the command
 * line shows the banner, the progress and the summary and exits with the code.
 *
 * <pre>{@code
 * @Reference TestRunner runner;
 *
 * try (LoadedTest test = runner.load(TestRequest.builder(Path.of("script.js"), console).build());
 *         TestExecution execution = test.prepare(TestObserver.SILENT)) {
 *     execution.run();
 *     TestSummary summary = execution.summary();
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
