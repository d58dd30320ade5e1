package io.jk6.k6.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.ModuleScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CryptoModuleTest {

    private static final String SHA256_HELLO = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
    /** RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?". */
    private static final String RFC4231_CASE2_SHA256 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    private ModuleScript script;

    @BeforeEach
    void openScript() {
        script = new ModuleScript().importing("crypto", new CryptoModule());
    }

    @AfterEach
    void closeScript() {
        script.close();
    }

    private String eval(String source) {
        return script.eval(source).asString();
    }

    @Test
    void digestsKnownVectors() {
        assertThat(eval("sha256('hello', 'hex')")).isEqualTo(SHA256_HELLO);
        assertThat(eval("md5('hello world', 'hex')")).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
        assertThat(eval("sha1('hello world', 'hex')")).isEqualTo("2aae6c35c94fcfb415dbe95f408b9ce91ee846ed");
        assertThat(eval("sha512_256('abc', 'hex')"))
                .isEqualTo("53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23");
        assertThat(eval("sha512_224('abc', 'hex')")).isEqualTo("4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa");
        assertThat(eval("sha384('abc', 'hex')")).hasSize(96);
        assertThat(eval("sha512('abc', 'hex')")).hasSize(128);
        assertThat(eval("crypto.sha256('hello', 'hex')")).isEqualTo(SHA256_HELLO);
    }

    @Test
    void encodesTheDigestAsAsked() {
        assertThat(eval("sha256('hello', 'base64')")).isEqualTo("LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=");
        assertThat(eval("sha256('hello', 'base64url')")).isEqualTo("LPJNul-wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=");
        assertThat(eval("sha256('hello', 'base64rawurl')")).isEqualTo("LPJNul-wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ");
        assertThat(script.eval("const bin = sha256('hello', 'binary'); bin instanceof ArrayBuffer && bin.byteLength === 32")
                .asBoolean()).isTrue();
        assertThat(eval("hexEncode(sha256('hello', 'binary'))")).isEqualTo(SHA256_HELLO);
    }

    @Test
    void hashesArrayBuffersAsTheirBytes() {
        assertThat(eval("sha256(new Uint8Array([104, 101, 108, 108, 111]).buffer, 'hex')")).isEqualTo(SHA256_HELLO);
        assertThat(eval("sha256(new Uint8Array([104, 101, 108, 108, 111]), 'hex')")).isEqualTo(SHA256_HELLO);
    }

    @Test
    void hmacMatchesRfc4231() {
        assertThat(eval("hmac('sha256', 'Jefe', 'what do ya want for nothing?', 'hex')")).isEqualTo(RFC4231_CASE2_SHA256);
        assertThat(eval("const h = createHMAC('sha256', 'Jefe'); h.update('what do ya want '); h.update('for nothing?');"
                + " h.digest('hex')")).isEqualTo(RFC4231_CASE2_SHA256);
        assertThat(eval("hmac('sha256', new Uint8Array([74, 101, 102, 101]).buffer, 'what do ya want for nothing?', 'hex')"))
                .isEqualTo(RFC4231_CASE2_SHA256);
    }

    @Test
    void hmacTakesAnEmptySecretAsGoDoes() {
        assertThat(eval("hmac('sha256', '', '', 'hex')"))
                .isEqualTo("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
    }

    @Test
    void anIncrementalHashEqualsTheOneShot() {
        assertThat(eval("const hasher = createHash('sha256'); hasher.update('hel'); hasher.update('lo'); hasher.digest('hex')"))
                .isEqualTo(SHA256_HELLO);
    }

    @Test
    void digestDoesNotResetTheHasher() {
        assertThat(script.eval("""
                const h = createHash('md5');
                h.update('hello');
                const first = h.digest('hex');
                const again = h.digest('hex');
                h.update(' world');
                first === md5('hello', 'hex') && again === first && h.digest('hex') === md5('hello world', 'hex')
                """).asBoolean()).isTrue();
    }

    @Test
    void randomBytesGivesFreshArrayBuffersOfTheSize() {
        assertThat(script.eval("""
                const a = randomBytes(16), b = randomBytes(16);
                a instanceof ArrayBuffer && a.byteLength === 16 && b.byteLength === 16
                  && hexEncode(a) !== hexEncode(b)
                """).asBoolean()).isTrue();
        assertThat(script.errorOf("randomBytes(0)")).isEqualTo("invalid size");
        assertThat(script.errorOf("randomBytes()")).isEqualTo("invalid size");
    }

    @Test
    void unknownNamesAreClearErrors() {
        assertThat(script.errorOf("sha256('hello', 'base32')")).isEqualTo("invalid output encoding: base32");
        assertThat(script.errorOf("createHash('sha3').digest('hex')")).isEqualTo("invalid algorithm: sha3");
        assertThat(script.errorOf("hmac('whirlpool', 'k', 'd', 'hex')")).isEqualTo("invalid algorithm: whirlpool");
        assertThat(script.errorOf("createHash('sha256').digest()")).isEqualTo("invalid output encoding: ");
        assertThat(script.errorOf("sha256({}, 'hex')")).contains("invalid type", "expected string, []byte or ArrayBuffer");
    }

    @Test
    void algorithmsTheJdkLacksSaySo() {
        assertThat(script.errorOf("md4('hello', 'hex')")).isEqualTo("md4 is not available in jk6: the JDK has no md4");
        assertThat(script.errorOf("ripemd160('hello', 'hex')")).contains("ripemd160", "not available in jk6");
        assertThat(script.errorOf("createHash('ripemd160')")).contains("invalid algorithm: ripemd160", "not available in jk6");
    }
}
