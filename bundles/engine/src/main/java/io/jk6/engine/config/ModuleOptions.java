package io.jk6.engine.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The k6 options the engine hands to modules without reading them itself (k6/http's
 * {@code userAgent}, {@code batch}, {@code insecureSkipTLSVerify}, {@code tlsVersion}...), by
 * k6's JSON names and in k6's JSON form, from each source k6 reads them from: a {@code --config}
 * file, the script's {@code options}, {@code K6_*} variables and flags. Without this layer a
 * module saw only the script's value, and {@code K6_USER_AGENT} or {@code --batch} changed
 * nothing. An option a layer does not set is absent from it.
 */
public record ModuleOptions(Map<String, Object> values) {

    public static final ModuleOptions EMPTY = new ModuleOptions(Map.of());

    /** How an option's {@code K6_*} variable and flag are read. */
    enum Kind { STRING, BOOLEAN, INTEGER, LIST, DNS, JSON_ONLY }

    /** Each option with its variable (null: k6 reads it from the script and config file only). */
    record Option(String name, String variable, Kind kind) {
    }

    /** k6's {@code lib.Options} members that k6/http and its kin read, with their variables. */
    static final List<Option> OPTIONS = List.of(
            new Option("userAgent", "K6_USER_AGENT", Kind.STRING),
            new Option("insecureSkipTLSVerify", "K6_INSECURE_SKIP_TLS_VERIFY", Kind.BOOLEAN),
            new Option("batch", "K6_BATCH", Kind.INTEGER),
            new Option("batchPerHost", "K6_BATCH_PER_HOST", Kind.INTEGER),
            new Option("maxRedirects", "K6_MAX_REDIRECTS", Kind.INTEGER),
            new Option("rps", "K6_RPS", Kind.INTEGER),
            new Option("httpDebug", "K6_HTTP_DEBUG", Kind.STRING),
            new Option("discardResponseBodies", "K6_DISCARD_RESPONSE_BODIES", Kind.BOOLEAN),
            new Option("noCookiesReset", "K6_NO_COOKIES_RESET", Kind.BOOLEAN),
            new Option("noVUConnectionReuse", "K6_NO_VU_CONNECTION_REUSE", Kind.BOOLEAN),
            new Option("systemTags", "K6_SYSTEM_TAGS", Kind.LIST),
            new Option("blacklistIPs", "K6_BLACKLIST_IPS", Kind.LIST),
            new Option("blockHostnames", "K6_BLOCK_HOSTNAMES", Kind.LIST),
            new Option("tlsCipherSuites", "K6_TLS_CIPHER_SUITES", Kind.LIST),
            new Option("localIPs", "K6_LOCAL_IPS", Kind.STRING),
            new Option("dns", "K6_DNS", Kind.DNS),
            new Option("hosts", null, Kind.JSON_ONLY),
            new Option("tlsVersion", null, Kind.JSON_ONLY),
            new Option("tlsAuth", null, Kind.JSON_ONLY));

    public ModuleOptions {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The options of a JSON-like object (the script's {@code options} or a config file) as written. */
    public static ModuleOptions fromObject(Map<String, Object> options) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Option option : OPTIONS) {
            Object value = options.get(option.name());
            if (value != null) {
                values.put(option.name(), value);
            }
        }
        return new ModuleOptions(values);
    }

    /** The {@code K6_*} variables of these options; a value that does not parse names its variable. */
    public static ModuleOptions fromEnvironment(Map<String, String> env, List<String> errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Option option : OPTIONS) {
            if (option.variable() != null && env.containsKey(option.variable())) {
                Object value = parse(option, option.variable(), env.get(option.variable()), errors);
                if (value != null) {
                    values.put(option.name(), value);
                }
            }
        }
        return new ModuleOptions(values);
    }

    /**
     * An option's value given as text (a variable or a flag), in k6's JSON form: null (and a
     * problem naming {@code source}) when it does not parse.
     */
    static Object parse(Option option, String source, String text, List<String> errors) {
        return switch (option.kind()) {
            case STRING -> text;
            case BOOLEAN -> TestOptionsReader.parseBool(source, text, errors);
            case INTEGER -> {
                try {
                    yield Long.parseLong(text.trim());
                } catch (NumberFormatException e) {
                    errors.add(source + ": \"" + text + "\" is not a whole number");
                    yield null;
                }
            }
            case LIST -> splitList(text);
            case DNS -> Dns.parse(source, text, errors);
            case JSON_ONLY -> throw new IllegalArgumentException(option.name() + " has no text form");
        };
    }

    /** True when {@code name} (k6's JSON name) is an option modules read. */
    public static boolean isOption(String name) {
        return OPTIONS.stream().anyMatch(o -> o.name().equals(name));
    }

    /** The option named {@code name} (k6's JSON name), for flags. */
    public static Object parse(String name, String source, String text, List<String> errors) {
        Option option = OPTIONS.stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a module option: " + name));
        return parse(option, source, text, errors);
    }

    static List<String> splitList(String text) {
        List<String> items = new ArrayList<>();
        Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        return items;
    }

    /** The higher layer's values over this one's, option by option. */
    public ModuleOptions apply(ModuleOptions higher) {
        if (higher == null || higher.values.isEmpty()) {
            return this;
        }
        Map<String, Object> merged = new LinkedHashMap<>(values);
        merged.putAll(higher.values);
        return new ModuleOptions(merged);
    }

    /** k6's {@code dns} option, {@code ttl=5m,select=random,policy=preferIPv4}, as its JSON object. */
    static final class Dns {

        private static final List<String> SELECT = List.of("first", "random", "roundRobin");
        private static final List<String> POLICY = List.of("preferIPv4", "preferIPv6", "onlyIPv4", "onlyIPv6", "any");

        private Dns() {
        }

        static Map<String, Object> parse(String source, String text, List<String> errors) {
            int problems = errors.size();
            Map<String, Object> dns = new LinkedHashMap<>();
            for (String part : splitList(text)) {
                int eq = part.indexOf('=');
                String key = eq < 0 ? part : part.substring(0, eq);
                String value = eq < 0 ? "" : part.substring(eq + 1);
                switch (key.toLowerCase(Locale.ROOT)) {
                    case "ttl" -> dns.put("ttl", value);
                    case "select" -> check(source, "select", value, SELECT, errors, dns);
                    case "policy" -> check(source, "policy", value, POLICY, errors, dns);
                    default -> errors.add(source + ": unknown DNS configuration field: " + key);
                }
            }
            return errors.size() == problems ? dns : null;
        }

        private static void check(String source, String field, String value, List<String> allowed,
                List<String> errors, Map<String, Object> dns) {
            if (allowed.contains(value)) {
                dns.put(field, value);
            } else {
                errors.add(source + ": " + field + " \"" + value + "\" is not one of " + String.join(", ", allowed));
            }
        }
    }
}
