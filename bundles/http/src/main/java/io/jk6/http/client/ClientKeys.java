package io.jk6.http.client;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The key manager of {@code tlsAuth}: offers the first client certificate whose domains name the
 * server being dialed (aliases are the certificates' indexes); none when no entry names it.
 */
final class ClientKeys extends X509ExtendedKeyManager {

    private final List<ClientCertificate> certificates;

    ClientKeys(List<ClientCertificate> certificates) {
        this.certificates = certificates;
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        String host = socket instanceof SSLSocket tls && tls.getHandshakeSession() != null
                ? tls.getHandshakeSession().getPeerHost() : null;
        for (int i = 0; i < certificates.size(); i++) {
            if (certificates.get(i).servesHost(host)) {
                return Integer.toString(i);
            }
        }
        return null;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return null; // jk6's client uses sockets
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return certificates.get(Integer.parseInt(alias)).chain();
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return certificates.get(Integer.parseInt(alias)).key();
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }
}
