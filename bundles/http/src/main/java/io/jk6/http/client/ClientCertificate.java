package io.jk6.http.client;

import io.jk6.support.tls.Pem;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of k6's {@code tlsAuth}: a client certificate chain and its key, both PEM, for the
 * servers named in {@code domains} (all servers when none is named). The PEM is read as
 * {@link Pem} reads it: keys in PKCS#8, RSA's PKCS#1 or SEC1 EC; encrypted keys are refused by
 * name, as jk6 does not decrypt them.
 */
public record ClientCertificate(List<String> domains, X509Certificate[] chain, PrivateKey key) {

    /** Whether this certificate is for {@code host}: a domain equal to it, or none named. */
    boolean servesHost(String host) {
        return domains.isEmpty() || host != null && domains.stream().anyMatch(d -> d.equalsIgnoreCase(host));
    }

    static ClientCertificate of(Map<?, ?> auth, String where) {
        List<String> domains = new ArrayList<>();
        if (auth.get("domains") instanceof List<?> list) {
            list.forEach(d -> domains.add(String.valueOf(d)));
        }
        String cert = auth.get("cert") instanceof String s ? s : null;
        String key = auth.get("key") instanceof String s ? s : null;
        if (cert == null || key == null) {
            throw new IllegalArgumentException(where + ": needs cert and key, each as PEM text");
        }
        List<X509Certificate> chain;
        try {
            chain = Pem.certificates(cert);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ".cert: " + e.getMessage(), e);
        }
        try {
            return new ClientCertificate(List.copyOf(domains), chain.toArray(X509Certificate[]::new),
                    Pem.privateKey(key));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ".key: " + e.getMessage(), e);
        }
    }
}
