package io.jk6.output.csv;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which tags get a column of their own, as k6 decides it from the script's {@code systemTags}
 * option: every enabled system tag that can be indexed, sorted by name. System tags turned off
 * are left out of {@code extra_tags} as well; {@code vu} and {@code iter} never get a column.
 *
 * @param columns the tag columns, between {@code metric_value} and {@code extra_tags}
 * @param ignored tags written nowhere
 */
record CsvColumns(List<String> columns, Set<String> ignored) {

    /** k6's system tags that can have a column. */
    private static final List<String> INDEXABLE = List.of("check", "error", "error_code", "expected_response",
            "group", "ip", "method", "name", "ocsp_status", "proto", "scenario", "service", "status", "subproto",
            "tls_version", "url");
    /** k6's default {@code systemTags}: all of them but {@code vu}, {@code iter}, {@code ip} and {@code ocsp_status}. */
    private static final Set<String> DEFAULT_ENABLED = Set.of("check", "error", "error_code", "expected_response",
            "group", "method", "name", "proto", "scenario", "service", "status", "subproto", "tls_version", "url");

    static CsvColumns of(Map<String, Object> scriptOptions) {
        Set<String> enabled = DEFAULT_ENABLED;
        if (scriptOptions.get("systemTags") instanceof Collection<?> listed) {
            enabled = new TreeSet<>();
            for (Object tag : listed) {
                enabled.add(String.valueOf(tag));
            }
        }
        Set<String> columns = new TreeSet<>();
        Set<String> ignored = new TreeSet<>();
        for (String tag : INDEXABLE) {
            (enabled.contains(tag) ? columns : ignored).add(tag);
        }
        return new CsvColumns(List.copyOf(columns), Set.copyOf(ignored));
    }

    /** The header row: k6's {@code metric_name,timestamp,metric_value,<columns>,extra_tags,metadata}. */
    List<String> header() {
        List<String> header = new java.util.ArrayList<>(List.of("metric_name", "timestamp", "metric_value"));
        header.addAll(columns);
        header.add("extra_tags");
        header.add("metadata");
        return header;
    }
}
