package io.jk6.data;

import io.jk6.api.js.VU;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The JS face of this bundle's modules: a script in the bundle's resources, read once, evaluated in a VU's
 * runtime only when that VU imports the module (start-up cost: a VU that does not import it pays nothing),
 * and JS errors with k6's names made for Java to throw.
 */
public final class JsGlue {

    private static final String ERRORS = """
            ((name, message) => { const e = new Error(message); if (name) e.name = name; throw e; })""";

    private JsGlue() {
    }

    /** The text of a resource beside {@code owner}, read once per class that keeps it in a constant. */
    public static Source source(Class<?> owner, String resource, String name) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder("js", text, name).buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JS {@code Error} named {@code name} ({@code NotFoundError}...; null keeps {@code Error}), for the
     * caller to throw: thrown through Java back into JS it stays that error, so scripts see k6's name and
     * message ({@code e.name}, {@code String(e)}).
     */
    public static RuntimeException error(VU vu, String name, String message) {
        try {
            vu.runtime().eval("js", ERRORS).executeVoid(name, message);
        } catch (RuntimeException thrown) {
            return thrown;
        }
        return new IllegalStateException(message);
    }

    /** Evaluates a glue source, a function expression, and calls it with {@code native}. */
    public static Value evaluate(VU vu, Source source, Object nativeSide) {
        return vu.runtime().eval(source).execute(nativeSide);
    }
}
