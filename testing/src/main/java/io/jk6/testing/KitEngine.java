package io.jk6.testing;

import io.jk6.engine.js.SharedJsEngine;
import org.graalvm.polyglot.Engine;

/**
 * The polyglot engine of every script the kit runs in one JVM, as jk6 shares one between all
 * VUs: parsed sources and the engine's own JS (its prelude, the mapping's adapters) are shared
 * by the tests. Never closed: it lives as long as the test JVM, as jk6's lives with the framework.
 */
final class KitEngine {

    private static final SharedJsEngine SHARED = SharedJsEngine.create();

    private KitEngine() {
    }

    static Engine engine() {
        return SHARED.engine();
    }
}
