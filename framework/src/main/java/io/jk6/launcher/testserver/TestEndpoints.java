package io.jk6.launcher.testserver;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.jk6.support.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test server's endpoints, httpbin-like with small bodies:
 * <ul>
 * <li>{@code GET /}: a small HTML page</li>
 * <li>{@code GET /json}: {@code {"name":"jk6","items":[1,2,3]}}</li>
 * <li>{@code /status/{code}}: answers with that status, 200..599</li>
 * <li>{@code /delay/{ms}}: answers after {@code ms} milliseconds, at most 10 s</li>
 * <li>{@code /redirect/{n}}: {@code n} 302 redirects, then 200</li>
 * <li>{@code ANY /echo}: the request's method, headers and body as JSON</li>
 * <li>{@code /bytes/{n}}: {@code n} bytes, at most 10 MB</li>
 * <li>cookies, basic auth, gzip/deflate, HTML and multipart upload: {@link MoreEndpoints}</li>
 * </ul>
 * The echo decodes a gzip or deflate request body by its Content-Encoding.
 * Every response carries a Content-Length so connections stay alive.
 */
final class TestEndpoints implements HttpHandler {

    static final long MAX_DELAY_MILLIS = 10_000;
    static final int MAX_BYTES = 10 * 1024 * 1024;

    static final String HOME_PAGE = """
            <!DOCTYPE html>
            <html>
            <head><title>jk6 test server</title></head>
            <body>
            <h1>jk6 test server</h1>
            <p>Endpoints: <a href="/json">/json</a>, /status/{code}, /delay/{ms},
            /redirect/{n}, /echo, /bytes/{n}.</p>
            </body>
            </html>
            """;

    static final String JSON_DOCUMENT = "{\"name\":\"jk6\",\"items\":[1,2,3]}";

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // Reading the whole request body keeps the connection reusable.
            byte[] requestBody = readAll(exchange.getRequestBody());
            try {
                route(exchange, requestBody);
            } catch (NumberFormatException e) {
                send(exchange, 400, "text/plain", "not a number: " + e.getMessage() + "\n");
            }
        }
    }

    private static void route(HttpExchange exchange, byte[] requestBody) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/")) {
            send(exchange, 200, "text/html; charset=utf-8", HOME_PAGE);
        } else if (path.equals("/json")) {
            send(exchange, 200, "application/json", JSON_DOCUMENT);
        } else if (path.equals("/echo")) {
            send(exchange, 200, "application/json", echo(exchange, decoded(exchange, requestBody)));
        } else if (path.startsWith("/status/")) {
            status(exchange, path.substring("/status/".length()));
        } else if (path.startsWith("/delay/")) {
            delay(exchange, path.substring("/delay/".length()));
        } else if (path.startsWith("/redirect/")) {
            redirect(exchange, path.substring("/redirect/".length()));
        } else if (path.startsWith("/bytes/")) {
            bytes(exchange, path.substring("/bytes/".length()));
        } else if (!MoreEndpoints.handle(exchange, path, requestBody)) {
            send(exchange, 404, "text/plain", "not found: " + path + "\n");
        }
    }

    private static void status(HttpExchange exchange, String code) throws IOException {
        int status = Integer.parseInt(code);
        if (status < 200 || status > 599) {
            send(exchange, 400, "text/plain", "status out of range 200..599: " + status + "\n");
            return;
        }
        send(exchange, status, "text/plain", status == 204 || status == 304 ? "" : "status " + status + "\n");
    }

    private static void delay(HttpExchange exchange, String millis) throws IOException {
        long delay = Math.min(Math.max(Long.parseLong(millis), 0), MAX_DELAY_MILLIS);
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        send(exchange, 200, "application/json", "{\"delay\":" + delay + "}");
    }

    private static void redirect(HttpExchange exchange, String count) throws IOException {
        int remaining = Integer.parseInt(count);
        if (remaining <= 0) {
            send(exchange, 200, "application/json", "{\"redirected\":true}");
            return;
        }
        exchange.getResponseHeaders().set("Location", "/redirect/" + (remaining - 1));
        send(exchange, 302, "text/plain", "redirecting, " + remaining + " to go\n");
    }

    private static void bytes(HttpExchange exchange, String count) throws IOException {
        int n = (int) Math.min(Math.max(Long.parseLong(count), 0), MAX_BYTES);
        byte[] body = new byte[n];
        for (int i = 0; i < n; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        send(exchange, 200, "application/octet-stream", body);
    }

    private static String echo(HttpExchange exchange, byte[] body) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"method\":").append(JsonString.quote(exchange.getRequestMethod()));
        json.append(",\"url\":").append(JsonString.quote(exchange.getRequestURI().toString()));
        json.append(",\"headers\":{");
        Headers headers = exchange.getRequestHeaders();
        Map<String, List<String>> sorted = new TreeMap<>(headers);
        boolean first = true;
        for (Map.Entry<String, List<String>> header : sorted.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append(JsonString.quote(header.getKey())).append(':')
                    .append(JsonString.quote(String.join(", ", header.getValue())));
        }
        json.append("},\"body\":").append(JsonString.quote(new String(body, StandardCharsets.UTF_8))).append('}');
        return json.toString();
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        boolean bodyless = body.length == 0 || status == 204 || status == 304
                || "HEAD".equals(exchange.getRequestMethod());
        if (!bodyless) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        // -1 means "no body" and still yields a Content-Length (0) where one is allowed.
        exchange.sendResponseHeaders(status, bodyless ? -1 : body.length);
        if (!bodyless) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] decoded(HttpExchange exchange, byte[] body) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding == null || body.length == 0) {
            return body;
        }
        String[] encodings = encoding.split(",");
        byte[] current = body;
        for (int i = encodings.length - 1; i >= 0; i--) {
            String e = encodings[i].trim();
            var in = new java.io.ByteArrayInputStream(current);
            if (e.equals("gzip")) {
                current = new java.util.zip.GZIPInputStream(in).readAllBytes();
            } else if (e.equals("deflate")) {
                current = new java.util.zip.InflaterInputStream(in).readAllBytes();
            }
        }
        return current;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
