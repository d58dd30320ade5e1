package io.jk6.engine.js.webcrypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code crypto.subtle} rejects, with k6's error names and messages. */
class WebCryptoErrorsTest extends SubtleScriptTest {

    @Override
    String helpers() {
        return """
            const subtle = crypto.subtle;
            const failure = (promise) => promise.then(() => 'resolved',
              (e) => `${e instanceof Error}:${e.name}:${e.message}`);
            const aes = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt']);
            """;
    }

    private String failureOf(String call) throws Exception {
        return run("export const result = await failure(" + call + ");");
    }

    @Test
    void anUnknownAlgorithmIsNotSupported() throws Exception {
        assertThat(failureOf("subtle.digest('MD5', new Uint8Array(1))")).isEqualTo(
                "true:NotSupportedError:algorithm \"MD5\" doesn't support (in implementation) operation \"digest\"");
        assertThat(failureOf("subtle.generateKey({ name: 'AES-XTS', length: 128 }, true, ['encrypt'])"))
                .startsWith("true:NotSupportedError:algorithm \"AES-XTS\"");
        assertThat(failureOf("subtle.encrypt({ name: 'HMAC' }, aes, new Uint8Array(1))"))
                .isEqualTo("true:NotSupportedError:algorithm \"HMAC\" doesn't support (in implementation) "
                        + "operation \"encrypt\"");
        assertThat(failureOf("subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-192' }, true, ['sign'])"))
                .isEqualTo("true:NotSupportedError:elliptic curve P-192 is not supported");
        assertThat(failureOf("subtle.wrapKey('raw', aes, aes, 'AES-KW')"))
                .isEqualTo("true:NotSupportedError:wrapKey is not implemented, as in k6");
    }

    @Test
    void aKeyUsedForWhatItCannotDoIsInvalidAccess() throws Exception {
        assertThat(failureOf("subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, aes, new Uint8Array(32))"))
                .isEqualTo("true:InvalidAccessError:decrypt's key does not contain the 'decrypt' usage");
        assertThat(failureOf("subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, aes, new Uint8Array(1))"))
                .isEqualTo("true:InvalidAccessError:encrypt's algorithm name does not match key algorithm name");
        assertThat(failureOf("subtle.exportKey('raw', aes)"))
                .isEqualTo("true:InvalidAccessError:the key is not extractable");
        assertThat(failureOf("subtle.sign('HMAC', {}, new Uint8Array(1))"))
                .isEqualTo("true:InvalidAccessError:key argument does hold not a valid CryptoKey object");
        assertThat(run("""
                const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
                export const result = await failure(subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.publicKey,
                  new Uint8Array(1)));
                """)).isEqualTo("true:InvalidAccessError:key does not contain the 'sign' usage");
    }

    @Test
    void badUsagesAreSyntaxErrors() throws Exception {
        assertThat(failureOf("subtle.generateKey({ name: 'AES-CBC', length: 128 }, true, ['sign'])"))
                .isEqualTo("true:SyntaxError:invalid key usage: sign");
        assertThat(failureOf("subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, [])"))
                .isEqualTo("true:SyntaxError:usages cannot not be empty for a secret or private CryptoKey");
        assertThat(failureOf("subtle.importKey('raw', new Uint8Array(16), 'PBKDF2', true, ['deriveBits'])"))
                .isEqualTo("true:SyntaxError:invalid value for param extractable ");
        assertThat(failureOf("subtle.generateKey({ name: 'AES-CBC' }, true, ['encrypt'])"))
                .isEqualTo("true:SyntaxError:could not get length from algorithm parameter");
        assertThat(failureOf("subtle.generateKey({ name: 'AES-CBC', length: 64 }, true, ['encrypt'])"))
                .isEqualTo("true:OperationError:invalid key length");
    }

    @Test
    void badKeyDataIsDataErrorAndBadParametersOperationError() throws Exception {
        assertThat(failureOf("subtle.importKey('raw', new Uint8Array(15), 'AES-GCM', true, ['encrypt'])"))
                .isEqualTo("true:DataError:invalid key length 15 bytes");
        assertThat(failureOf("subtle.importKey('spki', new Uint8Array(30), { name: 'RSA-OAEP', hash: 'SHA-1' }, "
                + "true, ['encrypt'])")).startsWith("true:DataError:unable to import RSA public key data");
        assertThat(failureOf("subtle.importKey('jwk', { kty: 'RSA', k: 'AAAA' }, 'AES-GCM', true, ['encrypt'])"))
                .isEqualTo("true:DataError:invalid JWK: invalid key type: RSA");
        assertThat(failureOf("subtle.importKey('raw', new Uint8Array(65), { name: 'ECDH', namedCurve: 'P-256' }, "
                + "true, [])")).startsWith("true:DataError:unable to import key data");
        assertThat(failureOf("subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), tagLength: 32 }, aes, "
                + "new Uint8Array(1))")).isEqualTo("true:NotSupportedError:tag length 32 and 64 are not supported");
        assertThat(failureOf("subtle.digest('SHA-256', 'text')"))
                .isEqualTo("true:TypeError:data is neither an ArrayBuffer, nor a TypedArray nor DataView");
    }
}
