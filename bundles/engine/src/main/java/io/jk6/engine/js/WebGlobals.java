package io.jk6.engine.js;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The web platform globals k6 scripts use: {@code TextEncoder} and {@code TextDecoder} ({@code crypto}
 * is {@link io.jk6.engine.js.webcrypto.WebCrypto}'s). The JS classes live in {@code web-globals.js};
 * the byte work is done here with the JDK's charsets.
 */
final class WebGlobals {

    private static final Source SOURCE = Source.newBuilder("js", read("web-globals.js"), "jk6-web-globals.js")
            .buildLiteral();

    private WebGlobals() {
    }

    private static String read(String resource) {
        try (var in = WebGlobals.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the engine bundle lacks its " + resource, e);
        }
    }

    static void install(Context context) {
        // one host object handed over in one call (see Prelude: few Java-to-JS calls per VU)
        ProxyObject host = ProxyObject.fromMap(Map.of(
                "encodeUtf8", (ProxyExecutable) args -> args[0].asString().getBytes(StandardCharsets.UTF_8),
                "decode", (ProxyExecutable) args -> decode(args[0], args[1].asString(), args[2].asBoolean()),
                "supports", (ProxyExecutable) args -> charset(args[0].asString()) != null));
        context.eval(SOURCE).execute(host);
    }

    /** The JDK charset for a WHATWG encoding label, or null: utf-8, utf-16le/be, latin1 and such. */
    private static Charset charset(String label) {
        String name = label.trim().toLowerCase(Locale.ROOT);
        if (name.equals("unicode-1-1-utf-8") || name.equals("utf8")) {
            name = "utf-8";
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String decode(Value bytes, String label, boolean fatal) {
        byte[] data = bytes.as(byte[].class);
        Charset charset = charset(label);
        if (!fatal) {
            return new String(data, charset);
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data))
                    .toString();
        } catch (CharacterCodingException e) {
            return null; // the JS side throws the TypeError the spec names
        }
    }
}
