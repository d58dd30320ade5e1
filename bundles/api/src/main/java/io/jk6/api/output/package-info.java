/**
 * Outputs: where samples go while a test runs, besides the end-of-test summary ({@code k6 run
 * --out NAME[=arg]}). This mirrors k6's {@code output} package. An output is made by an
 * {@link io.jk6.api.output.OutputFactory} service named with {@link io.jk6.api.output.OutputName}:
 *
 * <pre>{@code
 * @Component
 * @OutputName("logger")
 * public class LoggerFactory implements OutputFactory {
 *     public Output create(OutputParams params) {
 *         return new LoggerOutput(params.stdout());
 *     }
 * }
 *
 * final class LoggerOutput implements Output {
 *     private final SampleBuffer buffer = new SampleBuffer();
 *     private final PrintStream out;
 *     private PeriodicFlusher flusher;
 *
 *     LoggerOutput(PrintStream out) { this.out = out; }
 *     public String description() { return "logger"; }
 *     public void start() { flusher = PeriodicFlusher.start(Duration.ofSeconds(1), this::flush); }
 *     public void addMetricSamples(List<SampleContainer> samples) { buffer.addMetricSamples(samples); }
 *     public void stop() { flusher.stop(); }
 *
 *     private void flush() {
 *         for (SampleContainer c : buffer.getBufferedSamples()) {
 *             c.samples().forEach(s -> out.println(s.metric().name() + "=" + s.value()));
 *         }
 *     }
 * }
 * }</pre>
 *
 * {@code jk6 run --out logger script.js} then creates one output per run. Optional interfaces
 * ({@link io.jk6.api.output.WithThresholds}, {@link io.jk6.api.output.WithTestRunStop},
 * {@link io.jk6.api.output.WithStopWithTestError}, {@link io.jk6.api.output.WithBuiltinMetrics})
 * give an output more of the run. Its {@link io.jk6.api.output.OutputParams} (1.2) also hold the
 * test's files, the runtime options, the execution plan and the output's entry of the
 * {@code --config} file, as k6's {@code output.Params}.
 */
@Export
@Version("1.2.0")
package io.jk6.api.output;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
