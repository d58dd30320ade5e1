package io.jk6.api.runner;

import java.util.Map;

/**
 * What the end of a test leaves to write, as k6's {@code cmd} writes it: the script's
 * {@code handleSummary(data)} result, or k6's text summary as {@code stdout}; and the
 * {@code --summary-export} JSON.
 *
 * @param results       by name: {@code stdout}, {@code stderr}, or a file path relative to the working
 *                      directory; empty with {@code --summary-mode=disabled}
 * @param exportFile    the {@code --summary-export} file, or null
 * @param export        its JSON, or null
 */
public record TestSummary(Map<String, byte[]> results, String exportFile, byte[] export) {

    public TestSummary {
        results = Map.copyOf(results);
    }
}
