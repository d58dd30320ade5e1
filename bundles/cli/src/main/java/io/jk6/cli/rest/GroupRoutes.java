package io.jk6.cli.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.jk6.api.runner.CheckCount;
import io.jk6.api.runner.TestExecution;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET /v1/groups} and {@code GET /v1/groups/{id}}, as k6's: each group as
 * {@code {"type":"groups","id":"<md5>","attributes":{"path":"::a","name":"a","checks":[...]},
 * "relationships":{"groups":{"data":[...]},"parent":{"data":{"type":"groups","id":"..."}}}}}, a
 * check as {@code {"id","path","name","passes","fails"}}; {@code checks} is null for a group
 * without checks and the root's parent is null, as Go writes them.
 */
final class GroupRoutes {

    private final TestExecution test;

    GroupRoutes(TestExecution test) {
        this.test = test;
    }

    byte[] list() {
        List<ApiGroups.Group> groups = groups().flattened();
        return Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("data");
            for (ApiGroups.Group group : groups) {
                data(g, group);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** @throws ApiError 404 when no group has that ID */
    byte[] one(String id) {
        ApiGroups.Group group = groups().flattened().stream().filter(gr -> gr.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiError.notFound("No group with that ID was found"));
        return Json.write(g -> {
            g.writeStartObject();
            g.writeFieldName("data");
            data(g, group);
            g.writeEndObject();
        });
    }

    private ApiGroups groups() {
        // the group paths first: a check seen in the snapshot then always finds its group's order
        List<String> paths = test.groupPaths();
        return ApiGroups.of(paths, test.checks());
    }

    private static void data(JsonGenerator g, ApiGroups.Group group) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "groups");
        g.writeStringField("id", group.id());
        g.writeObjectFieldStart("attributes");
        g.writeStringField("path", group.path());
        g.writeStringField("name", group.name());
        g.writeFieldName("checks");
        if (group.checks().isEmpty()) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (CheckCount c : group.checks()) {
                g.writeStartObject();
                g.writeStringField("id", ApiGroups.id(c.path()));
                g.writeStringField("path", c.path());
                g.writeStringField("name", c.name());
                g.writeNumberField("passes", c.passes());
                g.writeNumberField("fails", c.fails());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("relationships");
        g.writeObjectFieldStart("groups");
        g.writeArrayFieldStart("data");
        for (String child : group.children()) {
            relation(g, ApiGroups.id(child));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("parent");
        g.writeFieldName("data");
        if (group.parentPath() == null) {
            g.writeNull();
        } else {
            relation(g, ApiGroups.id(group.parentPath()));
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void relation(JsonGenerator g, String id) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "groups");
        g.writeStringField("id", id);
        g.writeEndObject();
    }
}
