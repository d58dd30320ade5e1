package io.jk6.http;

import io.jk6.http.client.ClientSettings;
import io.jk6.http.client.DialPolicy;
import io.jk6.http.client.DnsResolver;
import io.jk6.http.client.LocalIps;
import io.jk6.http.client.TlsSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The test options k6/http obeys, read from the script's {@code options} once per VU:
 * {@code userAgent}, {@code hosts}, {@code insecureSkipTLSVerify}, {@code discardResponseBodies},
 * {@code batch}, {@code batchPerHost}, {@code maxRedirects}, {@code rps} and {@code httpDebug}, with k6's
 * defaults.
 *
 * @param client                what every connection of the VU uses
 * @param discardResponseBodies {@code responseType: 'none'} unless a request asks otherwise
 * @param batch                 the most requests one {@code http.batch()} runs at once
 * @param batchPerHost          the most per host
 * @param maxRedirects          k6's {@code maxRedirects}: the redirects a request follows when it
 *                              sets no {@code redirects}; null when the test did not set it
 * @param rps                   k6's {@code rps}: requests per second over the test, 0 for no limit
 * @param httpDebug             k6's {@code httpDebug}: "" (off), {@code headers} or {@code full}
 * @param noCookiesReset        k6's {@code noCookiesReset}: the VU's jar keeps its cookies between iterations
 */
record HttpOptions(ClientSettings client, boolean discardResponseBodies, int batch, int batchPerHost,
        Integer maxRedirects, long rps, String httpDebug, boolean noCookiesReset) {

    static final int DEFAULT_BATCH = 20;
    static final int DEFAULT_BATCH_PER_HOST = 6;
    /** k6's default {@code maxRedirects}, for requests of a test that set neither it nor {@code redirects}. */
    static final int DEFAULT_MAX_REDIRECTS = 10;

    static HttpOptions from(Map<String, Object> options, String defaultUserAgent) {
        return from(options, defaultUserAgent, 1);
    }

    /** @param vuId the VU's number (from 1), which picks its address of {@code localIPs} */
    static HttpOptions from(Map<String, Object> options, String defaultUserAgent, long vuId) {
        String userAgent = options.get("userAgent") instanceof String s ? s : defaultUserAgent;
        Map<String, String> hosts = new LinkedHashMap<>();
        if (options.get("hosts") instanceof Map<?, ?> map) {
            map.forEach((name, address) -> hosts.put(String.valueOf(name), String.valueOf(address)));
        }
        boolean insecure = Boolean.TRUE.equals(options.get("insecureSkipTLSVerify"));
        boolean discard = Boolean.TRUE.equals(options.get("discardResponseBodies"));
        int batch = positive(options.get("batch"), DEFAULT_BATCH);
        // k6: batchPerHost 0 means no limit per host
        int perHost = options.get("batchPerHost") instanceof Number n && n.intValue() == 0
                ? Integer.MAX_VALUE : positive(options.get("batchPerHost"), DEFAULT_BATCH_PER_HOST);
        Integer maxRedirects = options.get("maxRedirects") instanceof Number n ? Math.max(0, n.intValue()) : null;
        long rps = options.get("rps") instanceof Number n ? Math.max(0, n.longValue()) : 0;
        String httpDebug = options.get("httpDebug") instanceof String s ? s : "";
        return new HttpOptions(new ClientSettings(userAgent, hosts, insecure, TlsSettings.from(options),
                DialPolicy.from(options), DnsResolver.from(options.get("dns")),
                options.get("localIPs") instanceof String ips && !ips.isBlank()
                        ? LocalIps.parse(ips).forVu(Math.max(0, vuId - 1)) : null), discard, batch,
                perHost, maxRedirects, rps, httpDebug, Boolean.TRUE.equals(options.get("noCookiesReset")));
    }

    private static int positive(Object value, int otherwise) {
        return value instanceof Number n && n.intValue() > 0 ? n.intValue() : otherwise;
    }
}
