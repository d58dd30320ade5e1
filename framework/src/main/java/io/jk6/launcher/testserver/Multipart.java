package io.jk6.launcher.testserver;

import io.jk6.support.JsonString;
import java.nio.charset.StandardCharsets;

/** Reads a multipart/form-data body far enough to describe its parts as JSON, for {@code /upload}. */
final class Multipart {

    private Multipart() {
    }

    /**
     * {@code {"parts":[{"name":..,"filename":..,"contentType":..,"size":..,"text":..}]}}; text is
     * the part's content as UTF-8, for small parts.
     */
    static String describe(String contentType, byte[] body) {
        if (contentType == null || !contentType.startsWith("multipart/form-data") || !contentType.contains("boundary=")) {
            return "{\"error\":\"not multipart/form-data\"}";
        }
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "").trim();
        // ISO-8859-1 maps bytes 1:1 to chars, so offsets are byte offsets
        String all = new String(body, StandardCharsets.ISO_8859_1);
        StringBuilder json = new StringBuilder("{\"parts\":[");
        int at = all.indexOf(boundary);
        boolean first = true;
        while (at >= 0) {
            int start = at + boundary.length();
            if (all.startsWith("--", start)) {
                break;
            }
            int headersEnd = all.indexOf("\r\n\r\n", start);
            int next = all.indexOf("\r\n" + boundary, headersEnd);
            if (headersEnd < 0 || next < 0) {
                break;
            }
            String headers = all.substring(start, headersEnd);
            byte[] content = all.substring(headersEnd + 4, next).getBytes(StandardCharsets.ISO_8859_1);
            json.append(first ? "" : ",").append("{\"name\":").append(JsonString.quote(param(headers, "name")))
                    .append(",\"filename\":").append(JsonString.quote(param(headers, "filename")))
                    .append(",\"contentType\":").append(JsonString.quote(header(headers, "Content-Type")))
                    .append(",\"size\":").append(content.length)
                    .append(",\"text\":").append(JsonString.quote(new String(content, StandardCharsets.UTF_8))).append('}');
            first = false;
            at = next + 2;
        }
        return json.append("]}").toString();
    }

    private static String param(String headers, String name) {
        String key = name + "=\"";
        int i = headers.indexOf("; " + key);
        if (i < 0) {
            return "";
        }
        int from = i + 2 + key.length();
        return headers.substring(from, headers.indexOf('"', from));
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return "";
    }
}
