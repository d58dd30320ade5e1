package io.jk6.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for 127.0.0.1 (an EC key made by the JDK's keytool, valid two days),
 * for a test server that speaks TLS: {@link #serverContext()} for the server, {@link #keyStore()}
 * for a client that trusts it. The same as PEM ({@link #certificatePem()}, {@link #privateKeyPem()})
 * for what takes files as k6 does; one made for a client presents itself to a server made with
 * {@link #serverContext(SelfSignedTls)}.
 */
public final class SelfSignedTls {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final KeyStore keyStore;

    private SelfSignedTls(KeyStore keyStore) {
        this.keyStore = keyStore;
    }

    /** Makes the certificate in a new PKCS12 file in {@code dir}. */
    public static SelfSignedTls create(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        Path store = Files.createTempFile(dir, "tls-server", ".p12");
        Files.delete(store); // keytool refuses to add to an empty file
        // keytool's JVM on C1 alone: it lives a second, where C2's compilations cost more CPU than they save
        // (1.4 CPU-s against 0.6 per certificate, and the tests make dozens)
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-J-XX:TieredStopAtLevel=1", "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD);
        }
        return new SelfSignedTls(keyStore);
    }

    /** The key store holding the key and its certificate, e.g. for a client's TrustManagerFactory. */
    public KeyStore keyStore() {
        return keyStore;
    }

    /** A TLS context for the server side, presenting the certificate. */
    public SSLContext serverContext() throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /**
     * A TLS context for the server side, presenting the certificate and trusting only
     * {@code client}'s: with client authentication needed (the server's {@code setNeedClientAuth}),
     * a client without that certificate is refused.
     */
    public SSLContext serverContext(SelfSignedTls client) throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(client.keyStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    /** The certificate as PEM, as a CA file or a client certificate file holds it. */
    public String certificatePem() throws GeneralSecurityException {
        return pem("CERTIFICATE", keyStore.getCertificate("server").getEncoded());
    }

    /** The private key as PKCS#8 PEM ({@code PRIVATE KEY}), unencrypted, as a key file holds it. */
    public String privateKeyPem() throws GeneralSecurityException {
        return pem("PRIVATE KEY", keyStore.getKey("server", PASSWORD).getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
