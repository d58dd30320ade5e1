package io.jk6.output.csv;

import io.jk6.support.GoDuration;
import io.jk6.support.output.OutputFile;
import java.time.Duration;
import java.util.Map;

/**
 * The csv output's settings, consolidated as k6 does: defaults, then {@code K6_CSV_*} variables,
 * then the {@code --out csv=...} argument (a file name, or {@code fileName=...,saveInterval=...,
 * timeFormat=...}).
 *
 * @param fileName     where rows go: {@code -} (or empty) for stdout, {@code .gz} gzipped
 * @param saveInterval how often buffered rows are written
 * @param timeFormat   how timestamps are written
 */
record CsvConfig(String fileName, Duration saveInterval, CsvTimeFormat timeFormat) {

    static final CsvConfig DEFAULTS = new CsvConfig("file.csv", Duration.ofSeconds(1), CsvTimeFormat.UNIX);

    boolean toStdout() {
        return OutputFile.isStdout(fileName);
    }

    /**
     * @param warnings where a deprecated argument key is reported
     * @throws IllegalArgumentException a setting that cannot be used, named in the message
     */
    static CsvConfig of(Map<String, String> env, String argument, System.Logger warnings) {
        CsvConfig config = DEFAULTS;
        if (env.containsKey("K6_CSV_FILENAME")) {
            config = config.withFileName(env.get("K6_CSV_FILENAME"));
        }
        if (env.containsKey("K6_CSV_SAVE_INTERVAL")) {
            config = config.withSaveInterval(env.get("K6_CSV_SAVE_INTERVAL"), "K6_CSV_SAVE_INTERVAL");
        }
        if (env.containsKey("K6_CSV_TIME_FORMAT")) {
            config = config.withTimeFormat(CsvTimeFormat.of(env.get("K6_CSV_TIME_FORMAT"), "K6_CSV_TIME_FORMAT"));
        }
        if (argument.isEmpty()) {
            return config;
        }
        if (!argument.contains("=")) {
            return config.withFileName(argument);
        }
        for (String pair : argument.split(",")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("couldn't parse \"" + argument + "\" as argument for csv output");
            }
            String key = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            switch (key) {
                case "save_interval", "saveInterval" -> {
                    deprecated(key, "saveInterval", warnings);
                    config = config.withSaveInterval(value, "--out csv=saveInterval");
                }
                case "file_name", "fileName" -> {
                    deprecated(key, "fileName", warnings);
                    config = config.withFileName(value);
                }
                case "timeFormat" -> config = config.withTimeFormat(CsvTimeFormat.of(value, "--out csv=timeFormat"));
                default -> throw new IllegalArgumentException("unknown key \"" + key + "\" as argument for csv output");
            }
        }
        return config;
    }

    private static void deprecated(String key, String current, System.Logger warnings) {
        if (!key.equals(current)) {
            warnings.log(System.Logger.Level.WARNING,
                    "CSV output argument '" + key + "' is deprecated, please use '" + current + "' instead.");
        }
    }

    private CsvConfig withFileName(String name) {
        return new CsvConfig(name, saveInterval, timeFormat);
    }

    private CsvConfig withSaveInterval(String text, String setting) {
        return new CsvConfig(fileName, GoDuration.positive(setting, text), timeFormat);
    }

    private CsvConfig withTimeFormat(CsvTimeFormat format) {
        return new CsvConfig(fileName, saveInterval, format);
    }
}
