package io.jk6.api.runner;

/**
 * k6's logging flags, as typed; the engine falls back to {@code K6_LOG_OUTPUT},
 * {@code K6_LOG_FORMAT} and {@code K6_CONSOLE_OUTPUT} for those not given.
 *
 * @param verbose       {@code -v}: debug lines too
 * @param output        {@code --log-output}: {@code stderr}, {@code stdout}, {@code none},
 *                      {@code file[=path][,level=...]}; null when not given
 * @param format        {@code --log-format}: {@code json}, {@code raw} or the text format; null when not given
 * @param consoleOutput {@code --console-output}: the file {@code console.log} writes to; null when not given
 */
public record LogSettings(boolean verbose, String output, String format, String consoleOutput) {

    /** k6's defaults: text lines on stderr, info and above. */
    public static final LogSettings DEFAULT = new LogSettings(false, null, null, null);
}
