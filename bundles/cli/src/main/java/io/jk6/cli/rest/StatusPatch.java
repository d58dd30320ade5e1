package io.jk6.cli.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.jk6.support.json.JsonTree;
import java.io.IOException;
import java.util.Map;

/**
 * The body of {@code PATCH /v1/status}, k6's JSON:API envelope
 * {@code {"data":{"type":"status","id":"default","attributes":{...}}}}: which of {@code paused},
 * {@code vus}, {@code vus-max} and {@code stopped} it sets (null: not given). Other fields are
 * ignored, as Go's decoder does; a field of the wrong type is an error.
 */
record StatusPatch(Boolean paused, Long vus, Long vusMax, boolean stopped) {

    private static final JsonFactory JSON = new JsonFactory();

    /** @throws ApiError 400 "Invalid data" naming what is wrong */
    static StatusPatch parse(byte[] body) {
        Object root;
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() == null) {
                throw invalid("the body is empty; send {\"data\":{\"attributes\":{...}}}");
            }
            root = JsonTree.read(p);
            if (p.nextToken() != null) {
                throw invalid("unexpected data after the JSON value");
            }
        } catch (JsonProcessingException e) {
            throw invalid(e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiError(400, "Couldn't read request", String.valueOf(e.getMessage()));
        }
        Map<?, ?> data = object(object(root, "the body").get("data"), "data");
        Map<?, ?> attributes = object(data.get("attributes"), "data.attributes");
        return new StatusPatch(bool(attributes, "paused"), integer(attributes, "vus"), integer(attributes, "vus-max"),
                Boolean.TRUE.equals(bool(attributes, "stopped")));
    }

    private static Map<?, ?> object(Object value, String name) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw invalid(name + ": must be an object");
    }

    private static Boolean bool(Map<?, ?> attributes, String name) {
        Object value = attributes.get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw invalid("data.attributes." + name + ": must be true, false or null, got " + shown(value));
    }

    private static Long integer(Map<?, ?> attributes, String name) {
        Object value = attributes.get(name);
        if (value == null || value instanceof Long) {
            return (Long) value;
        }
        throw invalid("data.attributes." + name + ": must be an integer or null, got " + shown(value));
    }

    /** A value as the error shows it: strings in quotes, so "true" is not taken for true. */
    private static String shown(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    private static ApiError invalid(String detail) {
        return new ApiError(400, "Invalid data", detail);
    }
}
