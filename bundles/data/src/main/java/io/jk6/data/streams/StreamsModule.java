package io.jk6.data.streams;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import io.jk6.data.JsGlue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/experimental/streams}: {@code ReadableStream}, its default reader and the queuing
 * strategies, plain JS (readable.js) with nothing to do in Java. The script is parsed once per engine and
 * evaluated in a VU only when it imports the module, so VUs of scripts that do not pay for it.
 */
@Component(service = JsModule.class)
@ModuleName("k6/experimental/streams")
public class StreamsModule implements JsModule {

    private static final Source SCRIPT = JsGlue.source(StreamsModule.class, "readable.js", "k6/experimental/streams.js");
    static final String[] CLASSES = {"ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamDefaultController",
        "CountQueuingStrategy", "ByteLengthQueuingStrategy"};

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        return new ModuleInstance() {
            private Exports exports;

            @Override
            public Exports exports() {
                if (exports == null) {
                    Value classes = vu.runtime().eval(SCRIPT).execute();
                    Map<String, Object> named = new LinkedHashMap<>();
                    for (String name : CLASSES) {
                        named.put(name, classes.getMember(name));
                    }
                    exports = Exports.of(classes, named);
                }
                return exports;
            }
        };
    }
}
