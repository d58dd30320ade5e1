package io.jk6.engine.runner;

import java.util.Locale;

/** k6's {@code --summary-mode}: the compact summary (default), the full one, or none at all. */
enum SummaryMode {
    COMPACT, FULL, DISABLED;

    /** The mode of its k6 name, or null when the name is not one. */
    static SummaryMode of(String name) {
        for (SummaryMode m : values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(name.trim())) {
                return m;
            }
        }
        return null;
    }
}
