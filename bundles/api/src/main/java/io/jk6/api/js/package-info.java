/**
 * JavaScript modules as OSGi services. A module is a Declarative Services component
 * implementing {@link io.jk6.api.js.JsModule}, named with {@link io.jk6.api.js.ModuleName}:
 *
 * <pre>{@code
 * @Component
 * @ModuleName("k6/x/compare")
 * public class Compare implements JsModule {
 *     public boolean isGreater(int a, int b) { return a > b; }
 * }
 * }</pre>
 *
 * A script then does {@code import compare from 'k6/x/compare'}. The engine tracks modules
 * dynamically: a bundle that comes or goes changes what the next script can import.
 */
@Export
@Version("1.0.0")
package io.jk6.api.js;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
