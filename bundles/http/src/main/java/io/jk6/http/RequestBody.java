package io.jk6.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * A request body as k6 builds it from a script value: a string is sent as UTF-8, an
 * ArrayBuffer or byte array as is, a plain object form-urlencoded with its keys sorted (Go's
 * {@code url.Values.Encode}) or, when one of its values is an {@code http.file()}, as
 * multipart/form-data; null and undefined as no body.
 *
 * @param bytes       what goes on the wire, or null for no body
 * @param contentType the Content-Type this kind of body implies, or null
 */
record RequestBody(byte[] bytes, String contentType) {

    static final String FORM = "application/x-www-form-urlencoded";

    static final RequestBody NONE = new RequestBody(null, null);

    static RequestBody from(Value body) {
        if (body == null || body.isNull()) {
            return NONE;
        }
        if (body.isString()) {
            return new RequestBody(body.asString().getBytes(StandardCharsets.UTF_8), null);
        }
        if (body.hasBufferElements()) {
            byte[] bytes = new byte[(int) body.getBufferSize()];
            body.readBuffer(0, bytes, 0, bytes.length);
            return new RequestBody(bytes, null);
        }
        if (body.hasArrayElements()) {
            byte[] bytes = new byte[(int) body.getArraySize()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) body.getArrayElement(i).asInt();
            }
            return new RequestBody(bytes, null);
        }
        if (body.hasMembers() && !body.isHostObject()) {
            List<Map.Entry<String, Object>> files = multipartFields(body);
            if (files != null) {
                return MultipartBody.of(files);
            }
            return new RequestBody(formEncode(body).getBytes(StandardCharsets.UTF_8), FORM);
        }
        return new RequestBody(body.toString().getBytes(StandardCharsets.UTF_8), null);
    }

    /** The object's fields in key order when one is a {@link FileData} (a multipart body), else null. */
    private static List<Map.Entry<String, Object>> multipartFields(Value object) {
        List<String> keys = new ArrayList<>(object.getMemberKeys());
        keys.sort(null);
        List<Map.Entry<String, Object>> fields = new ArrayList<>();
        boolean hasFile = false;
        for (String key : keys) {
            Value value = object.getMember(key);
            if (value == null || value.canExecute()) {
                continue;
            }
            if (value.isHostObject() && value.asHostObject() instanceof FileData file) {
                hasFile = true;
                fields.add(Map.entry(key, file));
            } else {
                fields.add(Map.entry(key, value.isNull() ? "" : value.isString() ? value.asString() : value.toString()));
            }
        }
        return hasFile ? fields : null;
    }

    private static String formEncode(Value object) {
        List<String> keys = new ArrayList<>(object.getMemberKeys());
        keys.sort(null);
        StringBuilder form = new StringBuilder();
        for (String key : keys) {
            Value value = object.getMember(key);
            if (value == null || value.canExecute()) {
                continue;
            }
            if (!form.isEmpty()) {
                form.append('&');
            }
            String text = value.isNull() ? "" : value.isString() ? value.asString() : value.toString();
            form.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    /** The body as k6's {@code res.request.body} shows it. */
    String asText() {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
