package io.jk6.engine.secrets;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The secret sources of a run ({@code --secret-source}, or {@code K6_SECRET_SOURCE}), as k6's
 * {@code secretsource.Manager}: sources by name, {@code default} among them, each value fetched once per
 * run and handed to the log's redaction before any script sees it. Thread-safe.
 */
public final class SecretSources {

    /** The name {@code secrets.get} asks, and the one {@code ,default} or a lone source takes. */
    public static final String DEFAULT = "default";

    /** A run without {@code --secret-source}: every {@code get} fails as k6's. */
    public static final SecretSources NONE = new SecretSources(Map.of(), secret -> { });

    private final Map<String, SecretSource> sources;
    /** One cache per source; names of the same source share it (k6: {@code default} and its own name). */
    private final Map<String, Map<String, String>> caches;
    private final Consumer<String> redact;

    private SecretSources(Map<String, SecretSource> sources, Consumer<String> redact) {
        this.sources = Map.copyOf(sources);
        this.redact = redact;
        Map<SecretSource, Map<String, String>> bySource = new IdentityHashMap<>();
        Map<String, Map<String, String>> caches = new HashMap<>();
        sources.forEach((name, source) -> caches.put(name, bySource.computeIfAbsent(source, s -> new ConcurrentHashMap<>())));
        this.caches = Map.copyOf(caches);
    }

    /**
     * The sources of the flags, as k6's {@code createSecretSources}: {@code TYPE[=CONFIG]} where CONFIG may
     * hold {@code name=NAME} and {@code default}; a lone source is also the default.
     *
     * @param redact called with each secret value fetched: the log hides it from then on
     * @throws SecretSource.SecretException k6's text for a flag or source that does not work
     */
    public static SecretSources of(List<String> flags, Map<String, String> env, Path workingDirectory,
            Consumer<String> redact) throws SecretSource.SecretException {
        if (flags.isEmpty()) {
            return NONE;
        }
        Map<String, SecretSource> result = new HashMap<>();
        for (String line : flags) {
            int eq = line.indexOf('=');
            String type = eq < 0 ? line : line.substring(0, eq);
            String config = eq < 0 ? "" : line.substring(eq + 1);
            if (eq < 0 && line.isBlank()) {
                throw new SecretSource.SecretException("couldn't parse secret source configuration \"" + line + "\"");
            }
            String name = null;
            boolean isDefault = false;
            StringBuilder remaining = new StringBuilder();
            for (String kv : config.split(",", -1)) {
                if (kv.equals("default")) {
                    isDefault = true;
                } else if (kv.startsWith("name=") || kv.equals("name")) {
                    name = kv.substring(Math.min(kv.length(), 5));
                } else {
                    remaining.append(remaining.isEmpty() ? "" : ",").append(kv);
                }
            }
            SecretSource source = switch (type) {
                case "file" -> KeyValueSources.file(remaining.toString(), workingDirectory);
                case "mock" -> KeyValueSources.mock(remaining.toString());
                case "url" -> UrlSecretSource.of(remaining.toString(), env, workingDirectory);
                default -> throw new SecretSource.SecretException(
                        "no secret source for type \"" + type + "\" for configuration \"" + line + "\"");
            };
            if (name == null || name.isEmpty()) {
                name = type;
            }
            if (result.containsKey(name)) {
                throw new SecretSource.SecretException("secret source for name \"" + type
                        + "\" already registered before configuration \"" + line + "\"");
            }
            result.put(name, source);
            if (isDefault) {
                if (result.containsKey(DEFAULT)) {
                    throw new SecretSource.SecretException(
                            "can't have two secret sources that are default ones, second one was \"" + remaining + "\"");
                }
                result.put(DEFAULT, source);
            }
        }
        if (result.size() == 1) {
            result.put(DEFAULT, result.values().iterator().next());
        }
        return new SecretSources(result, redact);
    }

    /**
     * {@code secrets.source(name).get(key)}: the value, fetched from the source the first time; blocks
     * while a source is asked.
     *
     * @throws SecretSource.SecretException k6's texts: {@code no secret sources are configured},
     *                                      {@code no secret source with name "x" is configured}, the source's
     */
    public String get(String sourceName, String key) throws SecretSource.SecretException {
        if (caches.isEmpty()) {
            throw new SecretSource.SecretException("no secret sources are configured");
        }
        Map<String, String> cache = caches.get(sourceName);
        if (cache == null) {
            throw new SecretSource.SecretException("no secret source with name \"" + sourceName + "\" is configured");
        }
        String value = cache.get(key);
        if (value != null) {
            return value;
        }
        value = sources.get(sourceName).get(key);
        redact.accept(value);
        cache.put(key, value);
        return value;
    }
}
