package io.jk6.engine.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * k6's two sources of fixed values: {@code file} (a file of {@code key=value} lines, read once when jk6
 * starts) and {@code mock} (the values in the flag itself, {@code mock=cool=value,else=other}, which k6's
 * own examples use).
 */
final class KeyValueSources {

    private KeyValueSources() {
    }

    /** The values of a map; {@code no value} for any other key, as k6. */
    record Fixed(Map<String, String> values) implements SecretSource {
        @Override
        public String get(String key) throws SecretException {
            String value = values.get(key);
            if (value == null) {
                throw new SecretException("no value");
            }
            return value;
        }
    }

    /**
     * {@code file=PATH} or {@code file=filename=PATH}, relative to the working directory.
     *
     * @throws SecretSource.SecretException Go's texts: {@code open PATH: no such file or directory},
     *                                      {@code parsing "LINE", needs =}
     */
    static Fixed file(String config, Path workingDirectory) throws SecretSource.SecretException {
        String filename = null;
        for (String kv : config.split(",", -1)) {
            int eq = kv.indexOf('=');
            if (eq < 0) {
                filename = kv;
            } else if (kv.substring(0, eq).equals("filename")) {
                filename = kv.substring(eq + 1);
            } else {
                throw new SecretSource.SecretException(
                        "unknown configuration key for file secret source \"" + kv.substring(0, eq) + "\"");
            }
        }
        String name = filename == null ? "" : filename;
        List<String> lines;
        try {
            lines = Files.readAllLines(workingDirectory.resolve(name), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SecretSource.SecretException("open " + name + ": no such file or directory", e);
        } catch (IOException e) {
            throw new SecretSource.SecretException("open " + name + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new HashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new SecretSource.SecretException("parsing \"" + line + "\", needs =");
            }
            values.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return new Fixed(Map.copyOf(values));
    }

    /** {@code mock=key=value,key2=value2}. */
    static Fixed mock(String config) throws SecretSource.SecretException {
        Map<String, String> values = new HashMap<>();
        for (String kv : config.split(",", -1)) {
            int eq = kv.indexOf('=');
            if (eq < 0) {
                throw new SecretSource.SecretException("parsing \"" + kv + "\", needs =");
            }
            values.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return new Fixed(Map.copyOf(values));
    }
}
