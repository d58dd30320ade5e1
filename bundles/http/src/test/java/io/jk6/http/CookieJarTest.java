package io.jk6.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 6265's matching as k6's Go jar applies it. */
class CookieJarTest {

    private final CookieJar jar = new CookieJar();

    private List<Map.Entry<String, String>> sent(String url) {
        return jar.cookiesFor(URI.create(url));
    }

    @Test
    void aHostOnlyCookieGoesBackToItsHostOnly() {
        jar.store(URI.create("http://a.example.com/x"), List.of("id=1"));
        assertThat(sent("http://a.example.com/")).containsExactly(Map.entry("id", "1"));
        assertThat(sent("http://b.a.example.com/")).isEmpty();
    }

    @Test
    void aDomainCookieGoesToSubdomainsButNotToOtherDomains() {
        jar.store(URI.create("http://www.example.com/"), List.of("d=1; Domain=.example.com", "evil=1; Domain=other.com"));
        assertThat(sent("http://api.example.com/")).containsExactly(Map.entry("d", "1"));
        assertThat(sent("http://other.com/")).isEmpty();
    }

    @Test
    void pathSecureAndOrder() {
        jar.store(URI.create("https://h/"), List.of("a=1; Path=/", "b=2; Path=/api", "s=3; Secure"));
        assertThat(sent("https://h/api/users")).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"),
                Map.entry("s", "3"));
        assertThat(sent("http://h/apix")).containsExactly(Map.entry("a", "1"));
    }

    @Test
    void maxAgeZeroAndPastExpiresDelete() {
        jar.store(URI.create("http://h/"), List.of("a=1", "b=2"));
        jar.store(URI.create("http://h/"), List.of("a=gone; Max-Age=0", "b=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT"));
        assertThat(sent("http://h/")).isEmpty();
    }

    @Test
    void aFutureExpiresKeepsTheCookie() {
        jar.store(URI.create("http://h/"), List.of("a=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT"));
        assertThat(sent("http://h/")).containsExactly(Map.entry("a", "1"));
    }

    @Test
    void deleteAndClearByUrl() {
        jar.store(URI.create("http://h/"), List.of("a=1", "b=2"));
        jar.delete("http://h/", "a");
        assertThat(jar.cookiesByName("http://h/")).containsOnlyKeys("b");
        jar.clear("http://h/");
        assertThat(jar.cookiesByName("http://h/")).isEmpty();
    }
}
