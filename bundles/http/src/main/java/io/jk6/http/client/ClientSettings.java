package io.jk6.http.client;

import java.util.Map;

/**
 * What the test's options say about every connection of a VU (k6's {@code userAgent},
 * {@code hosts}, {@code insecureSkipTLSVerify} and TLS options).
 *
 * @param userAgent             sent when a request sets no User-Agent header; "" sends none
 * @param hosts                 host name to "ip" or "ip:port", dialed instead of a DNS lookup
 * @param insecureSkipTLSVerify accept any server certificate and host name
 * @param tls                   {@code tlsVersion}, {@code tlsCipherSuites} and {@code tlsAuth}
 * @param dial                  {@code blacklistIPs} and {@code blockHostnames}
 * @param dns                   {@code dns}: how host names become the address dialed
 * @param localAddress          {@code localIPs}: the VU's source address, or null for the system's choice
 */
public record ClientSettings(String userAgent, Map<String, String> hosts, boolean insecureSkipTLSVerify,
        TlsSettings tls, DialPolicy dial, DnsResolver dns, java.net.InetAddress localAddress) {

    public ClientSettings {
        hosts = Map.copyOf(hosts);
        tls = tls == null ? TlsSettings.DEFAULT : tls;
        dial = dial == null ? DialPolicy.NONE : dial;
        dns = dns == null ? DnsResolver.defaults() : dns;
    }

    public ClientSettings(String userAgent, Map<String, String> hosts, boolean insecureSkipTLSVerify) {
        this(userAgent, hosts, insecureSkipTLSVerify, TlsSettings.DEFAULT, DialPolicy.NONE, null, null);
    }

    public static ClientSettings of(String userAgent) {
        return new ClientSettings(userAgent, Map.of(), false);
    }
}
