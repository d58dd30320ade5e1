package io.jk6.http;

/**
 * What k6's {@code http.url`...`} tagged template makes: the URL, and a {@code name} tag that
 * is the template with {@code ${}} for each value, so that URLs differing only in ids are one
 * series in the metrics ({@code http.url`http://host/posts/${id}`} is named
 * {@code http://host/posts/${}}).
 */
public final class TemplatedUrl {

    public final String url;
    public final String name;

    TemplatedUrl(String url, String name) {
        this.url = url;
        this.name = name;
    }

    @Override
    public String toString() {
        return url;
    }
}
