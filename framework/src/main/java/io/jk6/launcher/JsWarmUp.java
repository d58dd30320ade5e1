package io.jk6.launcher;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;

/**
 * Loads and initialises GraalJS on a background thread while the OSGi framework starts. GraalJS
 * is in the boot layer, so the classes this loads (about 5,000: Truffle, the JS language, its
 * built-ins) and the static state it sets up are the ones the engine bundle's own
 * {@code Engine} and first {@code Context} use a moment later; without this they would be
 * loaded one after the other on the main thread. The throw-away engine and context are closed
 * at once. Turn it off with {@code -Djk6.warmup=false} (for start-up measurements).
 */
final class JsWarmUp {

    static final String ENABLED_PROPERTY = "jk6.warmup";

    private JsWarmUp() {
    }

    /** Starts the warm-up and returns at once; failures are ignored (the engine reports its own). */
    static void start() {
        if (!Boolean.parseBoolean(System.getProperty(ENABLED_PROPERTY, "true"))) {
            return;
        }
        Thread.ofPlatform().daemon().name("jk6-js-warmup").start(JsWarmUp::warmUp);
    }

    private static void warmUp() {
        try (Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
                Context context = Context.newBuilder("js").engine(engine).build()) {
            context.eval("js", "JSON.stringify({ warm: [1, 'up'] })");
        } catch (RuntimeException | LinkageError e) {
            // not fatal: the engine bundle creates its own engine and says what is wrong
        }
    }
}
