package io.jk6.http;

/**
 * One cookie of {@code res.cookies[name]}, named as k6 names its fields.
 * {@code expires} is in milliseconds since the epoch, 0 when the cookie gave none.
 */
public final class ResponseCookie {

    public final String name;
    public final String value;
    public final String domain;
    public final String path;
    public final boolean http_only;
    public final boolean secure;
    public final long max_age;
    public final long expires;

    ResponseCookie(String name, String value, String domain, String path, boolean httpOnly, boolean secure,
            long maxAge, long expires) {
        this.name = name;
        this.value = value;
        this.domain = domain;
        this.path = path;
        this.http_only = httpOnly;
        this.secure = secure;
        this.max_age = maxAge;
        this.expires = expires;
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
