package io.jk6.testing.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.Assertions;

/** A {@code --summary-export} file: k6's legacy summary JSON ({@code root_group}, {@code metrics}). */
public record SummaryExport(JsonNode json) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static SummaryExport read(Path file) {
        Assertions.assertThat(file).as("summary export").isRegularFile();
        try {
            return new SummaryExport(MAPPER.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code metrics.<name>}, e.g. {@code http_reqs} or {@code http_reqs{status:200}}; fails if absent. */
    public JsonNode metric(String name) {
        JsonNode metric = json.path("metrics").path(name);
        Assertions.assertThat(metric.isObject()).as("metrics.%s among %s", name, json.path("metrics").properties().stream().map(Map.Entry::getKey).toList())
                .isTrue();
        return metric;
    }

    /** {@code metrics.<name>.<field>} as a long, e.g. ("http_reqs", "count"). */
    public long count(String metric, String field) {
        JsonNode value = metric(metric).path(field);
        Assertions.assertThat(value.isNumber()).as("metrics.%s.%s is a number: %s", metric, field, value).isTrue();
        return value.asLong();
    }

    /** {@code root_group.checks.<name>}; fails if absent. */
    public JsonNode check(String name) {
        JsonNode check = json.path("root_group").path("checks").path(name);
        Assertions.assertThat(check.isObject()).as("root_group.checks.%s", name).isTrue();
        return check;
    }

    /** {@code metrics.<metric>.thresholds.<expression>}: true means the threshold FAILED (k6's convention). */
    public boolean thresholdFailed(String metric, String expression) {
        JsonNode flag = metric(metric).path("thresholds").path(expression);
        Assertions.assertThat(flag.isBoolean()).as("metrics.%s.thresholds['%s']: %s", metric, expression,
                metric(metric).path("thresholds")).isTrue();
        return flag.asBoolean();
    }
}
