/**
 * What runs in a jk6 process now, for tools that watch or steer it (the Gogo shell's
 * {@code jk6:status}, {@code jk6:stop}, {@code jk6:pause}, {@code jk6:resume} and
 * {@code jk6:vus}). The engine registers a {@link io.jk6.api.runtime.RunningTest} service for
 * each test while it runs (1.1: pause, resume and VUs):
 *
 * <pre>{@code
 * @Reference(cardinality = MULTIPLE, policy = DYNAMIC)
 * volatile List<RunningTest> tests;
 *
 * for (RunningTest t : tests) {
 *     System.out.printf("%d %s %d VUs %d iterations%n", t.id(), t.script(), t.vus(), t.iterations());
 * }
 * }</pre>
 */
@Export
@Version("1.1.0")
package io.jk6.api.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
