package io.jk6.engine.config;

import io.jk6.support.GoDuration;
import java.time.Duration;

/** One ramping stage: reach {@code target} VUs over {@code duration}. */
public record Stage(Duration duration, int target) {

    /** The CLI form {@code 30s:10} ({@code -s/--stage}, {@code K6_STAGES}). */
    public static Stage parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("invalid stage \"" + text + "\" (expected DURATION:TARGET, e.g. 30s:10)");
        }
        try {
            return new Stage(GoDuration.parse(text.substring(0, colon)), Integer.parseInt(text.substring(colon + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid stage \"" + text + "\": the target must be a whole number");
        }
    }
}
