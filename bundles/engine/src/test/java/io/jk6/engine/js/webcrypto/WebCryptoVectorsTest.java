package io.jk6.engine.js.webcrypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Known answers from the standards' own test vectors: RFC 4231 (HMAC), NIST SP 800-38A (AES-CBC,
 * AES-CTR), the GCM specification (AES-GCM), RFC 6070 and RFC 7914 (PBKDF2), RFC 5869 (HKDF).
 */
class WebCryptoVectorsTest extends SubtleScriptTest {

    @Override
    String helpers() {
        return """
            const hex = (b) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, '0')).join('');
            const unhex = (h) => new Uint8Array(h.match(/../g).map((x) => parseInt(x, 16)));
            const bytes = (text) => new TextEncoder().encode(text);
            const subtle = crypto.subtle;
            """;
    }

    @Test
    void hmacGivesRfc4231TestCase2() throws Exception {
        assertThat(run("""
                const out = [];
                for (const hash of ['SHA-256', 'SHA-512']) {
                  const key = await subtle.importKey('raw', bytes('Jefe'), { name: 'HMAC', hash }, false, ['sign', 'verify']);
                  const mac = await subtle.sign('HMAC', key, bytes('what do ya want for nothing?'));
                  out.push(hex(mac), await subtle.verify({ name: 'HMAC' }, key, mac, bytes('what do ya want for nothing?')));
                }
                export const result = out.join();
                """)).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843,true,"
                + "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd"
                + "caeab1a34d4a6b4b636e070a38bce737,true");
    }

    @Test
    void aesCbcAndCtrGiveSp80038aVectors() throws Exception {
        assertThat(run("""
                const raw = unhex('2b7e151628aed2a6abf7158809cf4f3c');
                const block = unhex('6bc1bee22e409f96e93d7e117393172a');
                const cbc = await subtle.importKey('raw', raw, 'AES-CBC', false, ['encrypt']);
                const ctr = await subtle.importKey('raw', raw, { name: 'AES-CTR' }, false, ['encrypt']);
                const c1 = await subtle.encrypt({ name: 'AES-CBC', iv: unhex('000102030405060708090a0b0c0d0e0f') }, cbc, block);
                const c2 = await subtle.encrypt({ name: 'AES-CTR', counter: unhex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'),
                  length: 128 }, ctr, block);
                // CBC: the block, then the block of PKCS#7 padding WebCrypto adds
                export const result = [hex(c1).slice(0, 32), c1.byteLength, hex(c2)].join();
                """)).isEqualTo("7649abac8119b246cee98e9b12e9197d,32,874d6191b620e3261bef6864990db6ce");
    }

    @Test
    void aesGcmGivesTheGcmSpecificationsTestCases() throws Exception {
        assertThat(run("""
                const zero = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt']);
                const case2 = await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, zero, new Uint8Array(16));
                const key = await subtle.importKey('raw', unhex('feffe9928665731c6d6a8f9467308308'), 'AES-GCM', false,
                  ['encrypt', 'decrypt']);
                const plain = unhex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72'
                  + '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255');
                const iv = unhex('cafebabefacedbaddecaf888');
                const case3 = await subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
                const back = await subtle.decrypt({ name: 'AES-GCM', iv, tagLength: 128 }, key, case3);
                const tampered = new Uint8Array(case3).slice(); tampered[0] ^= 1;
                let failed;
                await subtle.decrypt({ name: 'AES-GCM', iv }, key, tampered).catch((e) => { failed = e.name; });
                export const result = [hex(case2), hex(case3), hex(back) === hex(plain), failed].join();
                """)).isEqualTo("0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf,"
                + "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa05"
                + "1ba30b396a0aac973d58e091473f59854d5c2af327cd64a62cf35abd2ba6fab4,true,OperationError");
    }

    @Test
    void pbkdf2GivesRfc6070AndRfc7914Vectors() throws Exception {
        assertThat(run("""
                const derive = async (password, salt, iterations, hash, bits) => {
                  const key = await subtle.importKey('raw', bytes(password), 'PBKDF2', false, ['deriveBits']);
                  return hex(await subtle.deriveBits({ name: 'PBKDF2', salt: bytes(salt), iterations, hash }, key, bits));
                };
                export const result = [await derive('password', 'salt', 1, 'SHA-1', 160),
                  await derive('password', 'salt', 4096, 'SHA-1', 160),
                  await derive('passwd', 'salt', 1, 'SHA-256', 512)].join();
                """)).isEqualTo("0c60c80f961f0e71f3a9b524af6012062fe037a6,4b007901b765489abead49d926f721d065a429c1,"
                + "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef31"
                + "7c71b845b1e30bd509112041d3a19783");
    }

    @Test
    void hkdfGivesRfc5869TestCase1AndDerivesKeys() throws Exception {
        assertThat(run("""
                const ikm = await subtle.importKey('raw', new Uint8Array(22).fill(0x0b), 'HKDF', false,
                  ['deriveBits', 'deriveKey']);
                const params = { name: 'HKDF', hash: 'SHA-256', salt: unhex('000102030405060708090a0b0c'),
                  info: unhex('f0f1f2f3f4f5f6f7f8f9') };
                const okm = await subtle.deriveBits(params, ikm, 42 * 8);
                const hmac = await subtle.deriveKey(params, ikm, { name: 'HMAC', hash: 'SHA-256', length: 256 }, true,
                  ['sign']);
                export const result = [hex(okm), hex(await subtle.exportKey('raw', hmac))].join();
                """)).isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865,"
                + "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
    }

    @Test
    void digestGivesFips180Vectors() throws Exception {
        assertThat(run("""
                export const result = [hex(await subtle.digest('SHA-1', bytes('abc'))),
                  hex(await subtle.digest({ name: 'sha-384' }, bytes('abc'))).slice(0, 16)].join();
                """)).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d,cb00753f45a35e8b");
    }
}
