/**
 * Helpers shared by the tests that run {@code jk6 run}: the end-to-end tests of {@code bin/jk6}
 * ({@code distribution}) and the OSGi integration tests that call the engine's commands in a real
 * Felix ({@code itests}, which copy this package into their test bundle). Test scope only: AssertJ,
 * Jackson, JUnit and the launcher's test server come from the test's own class path.
 */
package io.jk6.testing.run;
