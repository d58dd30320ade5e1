package io.jk6.support.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PEM as openssl writes it. The files next to this class were made once with openssl 3.0:
 * {@code genrsa -traditional} (PKCS#1), {@code ecparam -genkey} (SEC1, after an EC PARAMETERS
 * block), {@code pkcs8 -topk8 -nocrypt} and {@code -v2 aes-256-cbc} (encrypted), and a
 * self-signed certificate for each key ({@code req -x509}, valid a hundred years).
 */
class PemTest {

    static String resource(String name) {
        try (InputStream in = PemTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }

    @Test
    void eachKeyFormOpensslWritesIsTheKeyOfItsCertificate() {
        X509Certificate ec = Pem.certificates(resource("ec.crt")).getFirst();
        X509Certificate rsa = Pem.certificates(resource("rsa.crt")).getFirst();

        PrivateKey sec1 = Pem.privateKey(resource("ec-sec1.key"));
        PrivateKey pkcs8 = Pem.privateKey(resource("ec-pkcs8.key"));
        PrivateKey pkcs1 = Pem.privateKey(resource("rsa-pkcs1.key"));

        assertThat(sec1.getAlgorithm()).isEqualTo("EC");
        assertThat(pkcs1.getAlgorithm()).isEqualTo("RSA");
        assertThat(((ECPrivateKey) sec1).getS()).as("SEC1 and PKCS#8 of one key are one key")
                .isEqualTo(((ECPrivateKey) pkcs8).getS());
        // the pair check signs with the key and verifies with the certificate
        ClientTls.of(List.of(), List.of(ec), sec1, false);
        ClientTls.of(List.of(), List.of(rsa), pkcs1, false);
    }

    @Test
    void aKeyOfAnotherCertificateIsRefusedInGosWords() {
        X509Certificate ec = Pem.certificates(resource("ec.crt")).getFirst();
        PrivateKey rsa = Pem.privateKey(resource("rsa-pkcs1.key"));

        assertThatThrownBy(() -> ClientTls.of(List.of(), List.of(ec), rsa, false))
                .hasMessage("tls: private key type does not match public key type");
        assertThatThrownBy(() -> ClientTls.of(List.of(), List.of(Pem.certificates(resource("rsa.crt")).getFirst()),
                java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate(), false))
                .hasMessage("tls: private key does not match public key");
    }

    @Test
    void certificatesComeInTheirOrderAndTextWithoutOneIsRefused() {
        List<X509Certificate> chain = Pem.certificates(resource("ec.crt") + resource("rsa.crt"));

        assertThat(chain).extracting(c -> c.getSubjectX500Principal().getName())
                .containsExactly("CN=jk6 test client", "CN=127.0.0.1");
        assertThatThrownBy(() -> Pem.certificates("")).hasMessage("no certificate in the PEM text");
        assertThatThrownBy(() -> Pem.certificates(resource("ec-pkcs8.key"))).hasMessage("no certificate in the PEM text");
        assertThat(Pem.certificates(resource("ec-sec1.key") + resource("rsa.crt"))).as("other blocks skipped").hasSize(1);
        assertThatThrownBy(() -> Pem.certificates("-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----"))
                .hasMessageStartingWith("certificate 1 does not parse: ");
    }

    @Test
    void whatIsNoUsableKeySaysWhy() {
        assertThatThrownBy(() -> Pem.privateKey(resource("ec-encrypted.key")))
                .hasMessage("encrypted keys are not supported by jk6; decrypt it first");
        assertThatThrownBy(() -> Pem.privateKey(resource("ec.crt")))
                .hasMessageStartingWith("no private key in the PEM text");
        assertThatThrownBy(() -> Pem.privateKey("-----BEGIN DSA PRIVATE KEY-----\nAAAA\n-----END DSA PRIVATE KEY-----"))
                .hasMessageStartingWith("a \"DSA PRIVATE KEY\" block is not supported");
        assertThatThrownBy(() -> Pem.privateKey("-----BEGIN EC PRIVATE KEY-----\nMAMCAQE=\n-----END EC PRIVATE KEY-----"))
                .hasMessage("the EC PRIVATE KEY block is malformed: the EC key does not name its curve");
        assertThatThrownBy(() -> Pem.privateKey("-----BEGIN PRIVATE KEY-----\nMAMCAQE=\n-----END PRIVATE KEY-----"))
                .hasMessageStartingWith("the PRIVATE KEY is none of");
    }
}
