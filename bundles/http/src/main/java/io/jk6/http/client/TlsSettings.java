package io.jk6.http.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * k6's TLS options for every connection of a test: {@code tlsVersion} (one version, or
 * {@code {min, max}}), {@code tlsCipherSuites} (IANA names, which the JDK uses too) and
 * {@code tlsAuth} (client certificates by server domain).
 *
 * @param protocols    the JDK's names of the versions allowed ({@code TLSv1.2}...), or null: the JDK's
 * @param cipherSuites the suites allowed, or null: the JDK's; TLS 1.3's are kept, as Go cannot turn them off
 * @param certificates the client certificates, in the order given
 */
public record TlsSettings(List<String> protocols, List<String> cipherSuites, List<ClientCertificate> certificates) {

    public static final TlsSettings DEFAULT = new TlsSettings(null, null, List.of());

    private static final List<String> VERSIONS = List.of("tls1.0", "tls1.1", "tls1.2", "tls1.3");
    private static final List<String> JDK_NAMES = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");
    /** Go's TLS 1.3 suites, always on there whatever {@code tlsCipherSuites} says. */
    private static final List<String> TLS13_SUITES = List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256");

    public TlsSettings {
        protocols = protocols == null ? null : List.copyOf(protocols);
        cipherSuites = cipherSuites == null ? null : List.copyOf(cipherSuites);
        certificates = List.copyOf(certificates);
    }

    /**
     * The TLS options of a test's options, by k6's names.
     *
     * @throws IllegalArgumentException naming the option, for a version or certificate that is wrong
     */
    public static TlsSettings from(Map<String, Object> options) {
        List<String> protocols = null;
        Object version = options.get("tlsVersion");
        if (version instanceof String one) {
            protocols = range(one, one);
        } else if (version instanceof Map<?, ?> minMax) {
            protocols = range(minMax.get("min") == null ? "tls1.0" : String.valueOf(minMax.get("min")),
                    minMax.get("max") == null ? "tls1.3" : String.valueOf(minMax.get("max")));
        }
        List<String> suites = null;
        if (options.get("tlsCipherSuites") instanceof List<?> list) {
            suites = new ArrayList<>();
            for (Object suite : list) {
                suites.add(String.valueOf(suite));
            }
            for (String tls13 : TLS13_SUITES) {
                if (!suites.contains(tls13)) {
                    suites.add(tls13);
                }
            }
        }
        List<ClientCertificate> certificates = new ArrayList<>();
        if (options.get("tlsAuth") instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> auth) {
                    certificates.add(ClientCertificate.of(auth, "tlsAuth[" + i + "]"));
                }
            }
        }
        return protocols == null && suites == null && certificates.isEmpty() ? DEFAULT
                : new TlsSettings(protocols, suites, certificates);
    }

    private static List<String> range(String min, String max) {
        int from = VERSIONS.indexOf(min.toLowerCase(Locale.ROOT));
        int to = VERSIONS.indexOf(max.toLowerCase(Locale.ROOT));
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("tlsVersion: unsupported TLS version \"" + (from < 0 ? min : max)
                    + "\", use one of " + String.join(", ", VERSIONS));
        }
        if (from > to) {
            throw new IllegalArgumentException("tlsVersion: min " + min + " is above max " + max);
        }
        return JDK_NAMES.subList(from, to + 1);
    }
}
