package io.jk6.engine.secrets;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import java.util.Map;
import java.util.function.Consumer;
import org.graalvm.polyglot.Value;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/secrets}: {@code await secrets.get(key)} from the default source,
 * {@code await secrets.source(name).get(key)} from a named one, as k6 (a default export only). In the
 * engine, beside {@code --secret-source} and the log's redaction, which it needs: a VU of the engine's
 * runs is a {@link WithSecrets}; any other VU (a module test's) has no sources.
 */
@Component(service = JsModule.class)
@ModuleName("k6/secrets")
public class SecretsModule implements JsModule {

    /** A VU that knows its run's secret sources. */
    public interface WithSecrets {
        SecretSources secrets();
    }

    private static final String FACE = """
            (function (native) {
              'use strict';
              const source = (name) => Object.freeze({
                get: (key) => new Promise((resolve, reject) => native.get(name, String(key), resolve, reject)),
              });
              const secrets = { get: source('default').get, source: (name) => source(String(name)) };
              return Object.freeze(secrets);
            })""";

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        SecretSources sources = vu instanceof WithSecrets with ? with.secrets() : SecretSources.NONE;
        Native side = new Native(vu, sources);
        Value secrets = vu.runtime().eval("js", FACE).execute(side);
        // named exports empty on purpose, as k6: only `import secrets from 'k6/secrets'`
        Exports exports = Exports.of(secrets, Map.of());
        return () -> exports;
    }

    /** What the JS face calls: each value fetched on a virtual thread (a url source blocks), settled on the VU's loop. */
    public static final class Native {
        private final VU vu;
        private final SecretSources sources;

        Native(VU vu, SecretSources sources) {
            this.vu = vu;
            this.sources = sources;
        }

        public void get(String source, String key, Value resolve, Value reject) {
            Consumer<Runnable> enqueue = vu.registerCallback();
            Thread.ofVirtual().name("jk6-secret").start(() -> {
                try {
                    String value = sources.get(source, key);
                    enqueue.accept(() -> resolve.execute(value));
                } catch (SecretSource.SecretException e) {
                    enqueue.accept(() -> reject.execute(vu.runtime().eval("js", "(m) => new Error(m)").execute(e.getMessage())));
                }
            });
        }
    }
}
