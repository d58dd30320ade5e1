package io.jk6.launcher.testserver;

import com.sun.net.httpserver.HttpExchange;
import io.jk6.support.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * httpbin-like endpoints for k6/http's cookies, auth, compression, HTML and multipart:
 * <ul>
 * <li>{@code /cookies/set?name=value&...}: sets those cookies (Path=/), answers as /cookies</li>
 * <li>{@code /cookies}: the cookies the request sent, {@code {"cookies":{"name":"value"}}}</li>
 * <li>{@code /basic-auth/{user}/{pass}}: 200 when the request's Basic credentials are those, else 401</li>
 * <li>{@code /digest-auth/{qop}/{user}/{pass}[/{algorithm}]}: the same with digest authentication
 * ({@link DigestEndpoint})</li>
 * <li>{@code /gzip}, {@code /deflate}: a JSON body compressed so, with its Content-Encoding</li>
 * <li>{@code /html}: a page with a list, links and a form</li>
 * <li>{@code POST /upload}: the multipart/form-data parts received, as JSON</li>
 * </ul>
 */
final class MoreEndpoints {

    static final String HTML_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><title>jk6 html</title></head>
            <body>
            <h1 id="top" class="title big">Items</h1>
            <ul id="items"><li data-id="1">one</li><li data-id="2" class="even">two</li><li data-id="3">three</li></ul>
            <a href="/json">json</a> <a href="/echo" class="echo">echo</a>
            <form action="/echo" method="post"><input name="user" value="alice"><textarea name="note">hi</textarea>
            <select name="color"><option value="red">Red</option><option value="blue" selected>Blue</option></select></form>
            </body>
            </html>
            """;

    private MoreEndpoints() {
    }

    /** Answers {@code path} if it is one of these endpoints; false otherwise. */
    static boolean handle(HttpExchange exchange, String path, byte[] body) throws IOException {
        if (path.equals("/cookies/set")) {
            Map<String, String> set = query(exchange.getRequestURI().getRawQuery());
            set.forEach((name, value) -> exchange.getResponseHeaders().add("Set-Cookie", name + "=" + value + "; Path=/"));
            Map<String, String> cookies = requestCookies(exchange);
            cookies.putAll(set);
            send(exchange, 200, cookiesJson(cookies).getBytes(StandardCharsets.UTF_8), null);
        } else if (path.equals("/cookies")) {
            send(exchange, 200, cookiesJson(requestCookies(exchange)).getBytes(StandardCharsets.UTF_8), null);
        } else if (path.startsWith("/basic-auth/")) {
            basicAuth(exchange, path.substring("/basic-auth/".length()));
        } else if (path.startsWith("/digest-auth/")) {
            DigestEndpoint.handle(exchange, path.substring("/digest-auth/".length()));
        } else if (path.equals("/gzip") || path.equals("/deflate")) {
            String encoding = path.substring(1);
            byte[] json = (encoding.equals("gzip") ? "{\"gzipped\":true}" : "{\"deflated\":true}")
                    .getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (var z = encoding.equals("gzip") ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
                z.write(json);
            }
            send(exchange, 200, out.toByteArray(), encoding);
        } else if (path.equals("/html")) {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            byte[] page = HTML_PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
        } else if (path.equals("/upload")) {
            send(exchange, 200, Multipart.describe(exchange.getRequestHeaders().getFirst("Content-Type"), body)
                    .getBytes(StandardCharsets.UTF_8), null);
        } else {
            return false;
        }
        return true;
    }

    private static void basicAuth(HttpExchange exchange, String userAndPass) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                userAndPass.replaceFirst("/", ":").getBytes(StandardCharsets.UTF_8));
        String user = userAndPass.contains("/") ? userAndPass.substring(0, userAndPass.indexOf('/')) : userAndPass;
        if (expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 200, ("{\"authenticated\":true,\"user\":" + JsonString.quote(user) + "}")
                    .getBytes(StandardCharsets.UTF_8), null);
        } else {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"jk6\"");
            send(exchange, 401, "{\"authenticated\":false}".getBytes(StandardCharsets.UTF_8), null);
        }
    }

    private static Map<String, String> requestCookies(HttpExchange exchange) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return cookies;
    }

    private static String cookiesJson(Map<String, String> cookies) {
        StringBuilder json = new StringBuilder("{\"cookies\":{");
        cookies.forEach((name, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
                .append(JsonString.quote(name)).append(':').append(JsonString.quote(value)));
        return json.append("}}").toString();
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, byte[] json, String encoding) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (encoding != null) {
            exchange.getResponseHeaders().set("Content-Encoding", encoding);
        }
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
    }
}
