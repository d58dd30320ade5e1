package io.jk6.engine.js.webcrypto;

import io.jk6.engine.js.EventLoop;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The global {@code crypto} of k6 (its webcrypto module): {@code getRandomValues},
 * {@code randomUUID}, {@code subtle} and {@code CryptoKey}. The JS objects live in
 * {@code web-crypto.js}; {@link SubtleCrypto} does the work with the JDK's JCA.
 */
public final class WebCrypto {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Source SOURCE = Source.newBuilder("js", read("web-crypto.js"), "jk6-web-crypto.js")
            .buildLiteral();

    private WebCrypto() {
    }

    private static String read(String resource) {
        try (InputStream in = WebCrypto.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the engine bundle lacks its " + resource, e);
        }
    }

    /** Defines {@code crypto} (and {@code CryptoKey}) in a VU's context, its Promises settled on {@code loop}. */
    public static void install(Context context, EventLoop loop) {
        SubtleCrypto subtle = new SubtleCrypto(loop);
        ProxyObject host = ProxyObject.fromMap(Map.of(
                "randomBytes", (ProxyExecutable) args -> {
                    byte[] bytes = new byte[args[0].asInt()];
                    RANDOM.nextBytes(bytes);
                    return bytes;
                },
                "randomUUID", (ProxyExecutable) args -> UUID.randomUUID().toString(),
                "bind", (ProxyExecutable) args -> {
                    subtle.bind(args[0]);
                    return null;
                },
                "subtle", (ProxyExecutable) subtle::call));
        context.eval(SOURCE).execute(host);
    }
}
