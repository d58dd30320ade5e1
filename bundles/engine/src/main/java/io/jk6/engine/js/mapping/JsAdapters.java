package io.jk6.engine.js.mapping;

import io.jk6.engine.js.EventLoop;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Java objects as one Context's scripts see them, by the rules of io.jk6.api.js: builds and
 * caches, per class, the JS function that makes adapters ({@link ClassMapping#factorySource()}),
 * and converts values the adapters hand over. Used on the Context's thread only.
 */
public final class JsAdapters {

    private final Supplier<Context> context;
    private final EventLoop loop;
    private final Map<Class<?>, Value> factories = new HashMap<>();
    private ProxyExecutable convert;
    private ProxyExecutable error;
    private Value helpers;

    /**
     * @param context the Context, asked on first use (it may be built after this)
     * @param loop    the Context's event loop, where CompletionStages settle their Promises
     */
    public JsAdapters(Supplier<Context> context, EventLoop loop) {
        this.context = context;
        this.loop = loop;
    }

    /**
     * A module export as scripts see it: an adapter for a plain Java object, even when its class
     * needs no renaming, so that its methods throw JS errors; other values as they are.
     *
     * @param name the export's name, for the TypeError when it cannot be converted
     */
    public Object export(Object value, String name) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return toJs(value, name);
        }
        if (value == null || value instanceof Value || ClassMapping.passesAsIs(value.getClass())) {
            return value;
        }
        return adapter(value, ClassMapping.of(value.getClass()), name);
    }

    /** A value a member returned or holds, converted by its run-time class. */
    Object toJs(Object value, String member) {
        if (value == null || value instanceof Value) {
            return value;
        }
        if (value instanceof Optional<?> optional) {
            return optional.isEmpty() ? null : toJs(optional.get(), member);
        }
        if (value instanceof CompletionStage<?> stage) {
            return promise(stage, member);
        }
        if (value instanceof byte[] bytes) {
            return helpers().getMember("arrayBuffer").execute(bytes);
        }
        // plain objects and arrays (JSON.stringify, Object.keys, spread), elements converted when read
        if (value instanceof Map<?, ?> map) {
            return new MapObject(map, this);
        }
        if (value instanceof List<?> list) {
            return new ListArray(list, this);
        }
        Class<?> type = value.getClass();
        if (ClassMapping.passesAsIs(type)) {
            return value;
        }
        ClassMapping mapping = ClassMapping.of(type);
        return mapping.adapted() ? adapter(value, mapping, member) : value;
    }

    private Value adapter(Object value, ClassMapping mapping, String member) {
        Class<?> type = mapping.type();
        if (!Modifier.isPublic(type.getModifiers())) {
            throw typeError(member + ": cannot convert a " + type.getName()
                    + " to JavaScript: the class is not public");
        }
        Value factory = factories.get(type);
        if (factory == null) {
            // named after the class, so compilation traces and profiles say whose adapter it is
            Source source = Source.newBuilder("js", mapping.factorySource(), "jk6-adapter:" + type.getName())
                    .buildLiteral();
            factory = context.get().eval(source).execute(convertFunction(), errorFunction());
            factories.put(type, factory);
        }
        return factory.execute(value);
    }

    /**
     * A Promise that settles with the stage: the stage may complete on any thread, the Promise is
     * resolved (its value converted) on the VU's, through its event loop.
     */
    private Value promise(CompletionStage<?> stage, String member) {
        Value deferred = helpers().getMember("deferred").execute();
        Consumer<Runnable> enqueue = loop.registerCallback();
        stage.whenComplete((value, failure) -> enqueue.accept(() -> {
            if (failure != null) {
                deferred.getMember("reject").execute(jsError(failure));
            } else {
                deferred.getMember("resolve").execute(toJs(value, member));
            }
        }));
        return deferred.getMember("promise");
    }

    /** {@code cv(value, member)} of the generated source. */
    private ProxyExecutable convertFunction() {
        if (convert == null) {
            convert = args -> {
                Value value = args[0];
                return value.isHostObject() ? toJs(value.asHostObject(), args[1].asString()) : value;
            };
        }
        return convert;
    }

    /** {@code err(e)} of the generated source: a Java exception becomes an Error, JS errors stay. */
    private ProxyExecutable errorFunction() {
        if (error == null) {
            error = args -> {
                Value thrown = args[0];
                if (thrown.isHostObject() && thrown.asHostObject() instanceof Throwable t) {
                    return jsError(t);
                }
                return thrown;
            };
        }
        return error;
    }

    private Value jsError(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof PolyglotException polyglot && polyglot.isGuestException()) {
            return polyglot.getGuestObject();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return helpers().getMember("error").execute(message);
    }

    /** A TypeError to throw from Java: it reaches the script as the TypeError itself. */
    private RuntimeException typeError(String message) {
        helpers().getMember("typeError").execute(message).throwException();
        throw new IllegalStateException("unreachable: throwException() returned");
    }

    private Value helpers() {
        if (helpers == null) {
            helpers = context.get().eval("js", """
                    ({
                      arrayBuffer: (bytes) => new Uint8Array(bytes).buffer,
                      deferred: () => {
                        const d = {};
                        d.promise = new Promise((resolve, reject) => { d.resolve = resolve; d.reject = reject; });
                        return d;
                      },
                      error: (message) => new Error(message),
                      typeError: (message) => new TypeError(message),
                    })""");
        }
        return helpers;
    }
}
