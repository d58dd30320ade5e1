package io.jk6.http;

import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * k6's cookie jar ({@code http.cookieJar()}, {@code new http.CookieJar()}): cookies the servers
 * set, sent back on matching requests by RFC 6265's rules (domain, path, secure, expiry).
 * Set-Cookie lines are parsed by {@link HttpCookie}. Thread-safe: the requests of
 * {@code http.batch()} store into it from several threads.
 */
public final class CookieJar {

    /** One stored cookie; {@code expiresAt} in epoch milliseconds, -1 for a session cookie. */
    private record Stored(String name, String value, String domain, boolean hostOnly, String path, boolean secure,
            long expiresAt, long created) {

        boolean expired(long now) {
            return expiresAt >= 0 && expiresAt <= now;
        }
    }

    private final List<Stored> cookies = new ArrayList<>();
    private long sequence;

    /** {@code new http.CookieJar()}: an empty jar a script passes as {@code params.jar}. */
    public CookieJar() {
    }

    /**
     * {@code jar.set(url, name, value[, {domain, path, expires, max_age, secure, http_only}])}: as
     * if {@code url}'s server had set the cookie.
     */
    public void set(String url, String name, String value, Value options) {
        URI uri = parse(url);
        StringBuilder line = new StringBuilder(name).append('=').append(value == null ? "" : value);
        if (options != null && options.hasMembers()) {
            attribute(line, "Domain", options.getMember("domain"));
            attribute(line, "Path", options.getMember("path"));
            attribute(line, "Expires", options.getMember("expires"));
            attribute(line, "Max-Age", options.getMember("max_age"));
            if (isTrue(options.getMember("secure"))) {
                line.append("; Secure");
            }
            if (isTrue(options.getMember("http_only"))) {
                line.append("; HttpOnly");
            }
        }
        store(uri, List.of(line.toString()));
    }

    public void set(String url, String name, String value) {
        set(url, name, value, null);
    }

    /**
     * {@code jar.cookiesForURL(url)}: a plain object of the values the jar would send to {@code url},
     * by name. A proxy rather than a {@code Map}: a method returning a map would make the engine hand
     * scripts an adapter of the jar instead of the jar, and {@code params.jar} takes the jar itself.
     */
    public ProxyObject cookiesForURL(String url) {
        return ProxyObject.fromMap(new LinkedHashMap<>(cookiesByName(url)));
    }

    /** The values the jar would send to {@code url}, by name. */
    Map<String, List<String>> cookiesByName(String url) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Stored c : matching(parse(url))) {
            byName.computeIfAbsent(c.name(), n -> new ArrayList<>()).add(c.value());
        }
        return byName;
    }

    /** {@code jar.clear(url)}: forgets every cookie that would be sent to {@code url}. */
    public synchronized void clear(String url) {
        List<Stored> matching = matching(parse(url));
        cookies.removeAll(matching);
    }

    /** {@code jar.delete(url, name)}: forgets the cookies named {@code name} sent to {@code url}. */
    public synchronized void delete(String url, String name) {
        List<Stored> matching = matching(parse(url));
        cookies.removeIf(c -> matching.contains(c) && c.name().equals(name));
    }

    /** Empties the jar: a VU's jar at the start of each iteration, as k6 does. */
    synchronized void clearAll() {
        cookies.clear();
    }

    /** Stores what the Set-Cookie lines of a response from {@code uri} say. */
    synchronized void store(URI uri, List<String> setCookieLines) {
        String host = host(uri);
        long now = System.currentTimeMillis();
        for (String line : setCookieLines) {
            for (HttpCookie cookie : parseLine(line)) {
                String domain = cookie.getDomain();
                boolean hostOnly = domain == null || domain.isEmpty();
                domain = hostOnly ? host : trimDot(domain.toLowerCase(Locale.ROOT));
                if (!hostOnly && !domainMatches(host, domain)) {
                    continue; // a server may not set cookies for another domain
                }
                String path = cookie.getPath() == null || !cookie.getPath().startsWith("/")
                        ? defaultPath(uri) : cookie.getPath();
                long maxAge = cookie.getMaxAge();
                String name = cookie.getName();
                String cookieDomain = domain;
                cookies.removeIf(c -> c.name().equals(name) && c.domain().equals(cookieDomain) && c.path().equals(path));
                if (maxAge == 0 || maxAge < -1) {
                    continue; // Max-Age=0 or an Expires in the past: deleted
                }
                cookies.add(new Stored(name, cookie.getValue(), domain, hostOnly, path, cookie.getSecure(),
                        maxAge < 0 ? -1 : now + maxAge * 1000, sequence++));
            }
        }
    }

    /** The Cookie header's pairs for a request to {@code uri}, longest path first (RFC 6265 5.4). */
    synchronized List<Map.Entry<String, String>> cookiesFor(URI uri) {
        if (cookies.isEmpty()) {
            return List.of(); // the common case: no allocation per request
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (Stored c : matching(uri)) {
            pairs.add(Map.entry(c.name(), c.value()));
        }
        return pairs;
    }

    private synchronized List<Stored> matching(URI uri) {
        long now = System.currentTimeMillis();
        cookies.removeIf(c -> c.expired(now));
        String host = host(uri);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        List<Stored> matching = new ArrayList<>();
        for (Stored c : cookies) {
            boolean domainOk = c.hostOnly() ? host.equals(c.domain()) : domainMatches(host, c.domain());
            if (domainOk && pathMatches(path, c.path()) && (!c.secure() || secure)) {
                matching.add(c);
            }
        }
        matching.sort(Comparator.comparingInt((Stored c) -> -c.path().length()).thenComparingLong(Stored::created));
        return matching;
    }

    static List<HttpCookie> parseLine(String line) {
        try {
            List<HttpCookie> parsed = HttpCookie.parse("Set-Cookie:" + line);
            if (parsed.size() == 1 && line.toLowerCase(Locale.ROOT).contains("expires=")) {
                fixExpires(parsed.get(0), line);
            }
            return parsed;
        } catch (IllegalArgumentException malformed) {
            return List.of(); // as browsers and Go: a malformed Set-Cookie is ignored
        }
    }

    /** HttpCookie knows only a few date formats; Go reads RFC 1123 dates, which every server sends. */
    private static void fixExpires(HttpCookie cookie, String line) {
        if (cookie.getMaxAge() != -1 && line.toLowerCase(Locale.ROOT).contains("max-age=")) {
            return; // Max-Age wins over Expires
        }
        for (String attribute : line.split(";")) {
            String a = attribute.trim();
            if (a.regionMatches(true, 0, "expires=", 0, 8)) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(a.substring(8).trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                    long seconds = (at.toInstant().toEpochMilli() - System.currentTimeMillis()) / 1000;
                    cookie.setMaxAge(seconds <= 0 ? -2 : seconds);
                } catch (DateTimeParseException unreadable) {
                    // keep what HttpCookie made of it
                }
            }
        }
    }

    private static boolean domainMatches(String host, String domain) {
        return host.equals(domain) || (host.endsWith("." + domain) && !isIpAddress(host));
    }

    private static boolean isIpAddress(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(ch -> ch == '.' || Character.isDigit(ch));
    }

    private static boolean pathMatches(String requestPath, String cookiePath) {
        return requestPath.equals(cookiePath)
                || (requestPath.startsWith(cookiePath)
                        && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/'));
    }

    private static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
            return "/";
        }
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static String trimDot(String domain) {
        return domain.startsWith(".") ? domain.substring(1) : domain;
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("invalid URL \"" + url + "\": no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid URL \"" + url + "\": " + e.getMessage());
        }
    }

    private static void attribute(StringBuilder line, String name, Value value) {
        if (value != null && !value.isNull()) {
            String text = value.isString() ? value.asString()
                    : value.fitsInLong() ? Long.toString(value.asLong()) : value.toString();
            line.append("; ").append(name).append('=').append(text);
        }
    }

    private static boolean isTrue(Value value) {
        return value != null && value.isBoolean() && value.asBoolean();
    }
}
