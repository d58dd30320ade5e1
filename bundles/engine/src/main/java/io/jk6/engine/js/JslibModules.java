package io.jk6.engine.js;

import io.jk6.engine.summary.JUnitReport;
import io.jk6.engine.summary.LegacyTextSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The jslib.k6.io modules jk6 ships, so scripts importing them by URL run offline:
 * {@code https://jslib.k6.io/k6-summary/VERSION/index.js} (any version; {@code textSummary},
 * {@code jUnit}, {@code humanizeValue}) is served by Java code. jk6 fetches no other remote
 * module: importing one fails with an error naming the URL.
 */
final class JslibModules {

    /** The import name the k6-summary URLs map to. */
    static final String K6_SUMMARY = "@jk6/jslib/k6-summary";

    private static final Pattern K6_SUMMARY_URL =
            Pattern.compile("(?:https?://)?jslib\\.k6\\.io/k6-summary/\\d+\\.\\d+\\.\\d+/index\\.js");

    private JslibModules() {
    }

    /** The bundled module an import specifier names, or null. */
    static String bundledName(String specifier) {
        return K6_SUMMARY_URL.matcher(specifier).matches() ? K6_SUMMARY : null;
    }

    static boolean isBundled(String name) {
        return K6_SUMMARY.equals(name);
    }

    /** Whether a specifier is a URL (http, https) that is not bundled: jk6 does not fetch it. */
    static boolean isRemote(String specifier) {
        return (specifier.startsWith("https://") || specifier.startsWith("http://")) && bundledName(specifier) == null;
    }

    /** The error for an import of a remote module. */
    static String remoteError(String specifier) {
        return "The moduleSpecifier \"" + specifier + "\" couldn't be retrieved: jk6 does not fetch remote modules."
                + " Bundled offline: https://jslib.k6.io/k6-summary/<version>/index.js. Download other modules"
                + " and import them from a local path.";
    }

    /** The ES module source of a bundled module. */
    static String source(String name) {
        return "const m = globalThis." + VuModules.LOOKUP_FUNCTION + "(\"" + name + "\");\n"
                + "export default m.default;\n"
                + "export const textSummary = m.named.textSummary;\n"
                + "export const jUnit = m.named.jUnit;\n"
                + "export const humanizeValue = m.named.humanizeValue;\n";
    }

    /** What the generated source reads: {@code {default, named}} with the host functions. */
    static ProxyObject lookup(String name) {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("textSummary", (ProxyExecutable) args -> LegacyTextSummary.render(object(args, 0), object(args, 1)));
        named.put("jUnit", (ProxyExecutable) args -> JUnitReport.render(object(args, 0), object(args, 1)));
        named.put("humanizeValue", (ProxyExecutable) args -> LegacyTextSummary.humanize(
                args.length > 0 ? JsValues.toJava(args[0]) : null, object(args, 1),
                args.length > 2 && args[2].isString() ? args[2].asString() : null));
        ProxyObject exports = ProxyObject.fromMap(named);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("default", exports);
        view.put("named", exports);
        return ProxyObject.fromMap(view);
    }

    private static Map<String, Object> object(Value[] args, int i) {
        if (args.length <= i) {
            return i == 0 ? Map.of() : null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JsValues.toJava(args[i]) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        return map == null && i == 0 ? Map.of() : map;
    }
}
