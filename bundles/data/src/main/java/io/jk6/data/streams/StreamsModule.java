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
import org.graalvm.polyglot.proxy.ProxyObject;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/experimental/streams}: {@code ReadableStream} with its default reader,
 * {@code WritableStream} with its default writer, and the queuing strategies, plain JS (readable.js,
 * writable.js) with nothing to do in Java. The script is parsed once per engine and
 * evaluated in a VU only when it imports the module, so VUs of scripts that do not pay for it.
 */
@Component(service = JsModule.class)
@ModuleName("k6/experimental/streams")
public class StreamsModule implements JsModule {

    private static final Source READABLE = JsGlue.source(StreamsModule.class, "readable.js", "k6/experimental/streams.js");
    private static final Source WRITABLE = JsGlue.source(StreamsModule.class, "writable.js",
            "k6/experimental/streams-writable.js");
    static final String[] READABLE_CLASSES = {"ReadableStream", "ReadableStreamDefaultReader",
        "ReadableStreamDefaultController", "CountQueuingStrategy", "ByteLengthQueuingStrategy"};
    static final String[] WRITABLE_CLASSES = {"WritableStream", "WritableStreamDefaultWriter",
        "WritableStreamDefaultController"};

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        return new ModuleInstance() {
            private Exports exports;

            @Override
            public Exports exports() {
                if (exports == null) {
                    Value readable = vu.runtime().eval(READABLE).execute();
                    Value writable = vu.runtime().eval(WRITABLE).execute(readable.getMember("strategyOf"));
                    Map<String, Object> named = new LinkedHashMap<>();
                    for (String name : READABLE_CLASSES) {
                        named.put(name, readable.getMember(name));
                    }
                    for (String name : WRITABLE_CLASSES) {
                        named.put(name, writable.getMember(name));
                    }
                    exports = Exports.of(ProxyObject.fromMap(new LinkedHashMap<>(named)), named);
                }
                return exports;
            }
        };
    }
}
