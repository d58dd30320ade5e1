package io.jk6.engine.js.webcrypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keys made, used and moved by {@code crypto.subtle} in a VU, each result checked by its inverse. */
class WebCryptoRoundTripTest extends SubtleScriptTest {

    @Override
    String helpers() {
        return """
            const bytes = (text) => new TextEncoder().encode(text);
            const text = (buffer) => new TextDecoder().decode(buffer);
            const subtle = crypto.subtle;
            """;
    }

    @Test
    void aesKeysOfEachModeEncryptAndDecrypt() throws Exception {
        assertThat(run("""
                const out = [];
                for (const [name, params] of [['AES-GCM', { iv: new Uint8Array(12) }],
                    ['AES-CBC', { iv: crypto.getRandomValues(new Uint8Array(16)) }],
                    ['AES-CTR', { counter: new Uint8Array(16), length: 64 }]]) {
                  const key = await subtle.generateKey({ name, length: 256 }, true, ['encrypt', 'decrypt']);
                  const sealed = await subtle.encrypt({ name, ...params }, key, bytes('hello, jk6'));
                  out.push(name, key.type, key.algorithm.length, sealed.byteLength,
                    text(await subtle.decrypt({ name, ...params }, key, sealed)));
                }
                export const result = out.join();
                """)).isEqualTo("AES-GCM,secret,256,26,hello, jk6,AES-CBC,secret,256,16,hello, jk6,"
                + "AES-CTR,secret,256,10,hello, jk6");
    }

    @Test
    void rsaOaepEncryptsWithThePublicKeyAndDecryptsWithThePrivate() throws Exception {
        assertThat(run("""
                const pair = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 2048,
                  publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
                const sealed = await subtle.encrypt({ name: 'RSA-OAEP', label: bytes('l') }, pair.publicKey, bytes('secret'));
                export const result = [pair.publicKey.type, pair.publicKey.usages, pair.privateKey.type,
                  pair.privateKey.usages, pair.privateKey.algorithm.modulusLength,
                  pair.privateKey.algorithm.publicExponent.join('.'), pair.privateKey.algorithm.hash.name,
                  sealed.byteLength,
                  text(await subtle.decrypt({ name: 'RSA-OAEP', label: bytes('l') }, pair.privateKey, sealed))].join();
                """)).isEqualTo("public,encrypt,private,decrypt,2048,1.0.1,SHA-256,256,secret");
    }

    @Test
    void everySignatureAlgorithmSignsAndVerifies() throws Exception {
        assertThat(run("""
                const data = bytes('signed');
                const out = [];
                const check = async (name, params, signKey, verifyKey) => {
                  const signature = await subtle.sign(params, signKey, data);
                  out.push(name, signature.byteLength, await subtle.verify(params, verifyKey, signature, data),
                    await subtle.verify(params, verifyKey, signature, bytes('other')));
                };
                const hmac = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
                await check('HMAC', 'HMAC', hmac, hmac);
                for (const curve of ['P-256', 'P-384', 'P-521']) {
                  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: curve }, true, ['sign', 'verify']);
                  await check(curve, { name: 'ECDSA', hash: 'SHA-256' }, ec.privateKey, ec.publicKey);
                }
                const rsa = { modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
                const pkcs1 = await subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', ...rsa }, false, ['sign', 'verify']);
                await check('PKCS1', 'RSASSA-PKCS1-v1_5', pkcs1.privateKey, pkcs1.publicKey);
                const pss = await subtle.generateKey({ name: 'RSA-PSS', ...rsa }, false, ['sign', 'verify']);
                await check('PSS', { name: 'RSA-PSS', saltLength: 32 }, pss.privateKey, pss.publicKey);
                export const result = [hmac.algorithm.length, ...out].join();
                """)).isEqualTo("512,HMAC,32,true,false,P-256,64,true,false,P-384,96,true,false,P-521,132,true,false,"
                + "PKCS1,128,true,false,PSS,128,true,false");
    }

    @Test
    void ecdhPartiesDeriveTheSameBitsAndKeys() throws Exception {
        assertThat(run("""
                const ecdh = { name: 'ECDH', namedCurve: 'P-384' };
                const alice = await subtle.generateKey(ecdh, true, ['deriveKey', 'deriveBits']);
                const bob = await subtle.generateKey(ecdh, true, ['deriveKey', 'deriveBits']);
                const hex = (b) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, '0')).join('');
                const ab = await subtle.deriveBits({ name: 'ECDH', public: bob.publicKey }, alice.privateKey, 384);
                const ba = await subtle.deriveBits({ name: 'ECDH', public: alice.publicKey }, bob.privateKey, 384);
                const aesOf = (mine, theirs) => subtle.deriveKey({ name: 'ECDH', public: theirs }, mine,
                  { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
                const ka = await aesOf(alice.privateKey, bob.publicKey);
                const kb = await aesOf(bob.privateKey, alice.publicKey);
                const iv = new Uint8Array(12);
                const sealed = await subtle.encrypt({ name: 'AES-GCM', iv }, ka, bytes('agreed'));
                export const result = [ab.byteLength, hex(ab) === hex(ba), alice.publicKey.usages.length,
                  text(await subtle.decrypt({ name: 'AES-GCM', iv }, kb, sealed))].join();
                """)).isEqualTo("48,true,0,agreed");
    }

    @Test
    void keysExportAndImportInEveryFormat() throws Exception {
        assertThat(run("""
                const out = [];
                const aes = await subtle.generateKey({ name: 'AES-CBC', length: 128 }, true, ['encrypt', 'decrypt']);
                const jwk = await subtle.exportKey('jwk', aes);
                out.push(jwk.kty, jwk.alg, jwk.ext, jwk.key_ops.join('+'));
                const again = await subtle.importKey('jwk', jwk, 'AES-CBC', true, ['decrypt']);
                out.push((await subtle.exportKey('raw', again)).byteLength, again.usages);

                const hmac = await subtle.importKey('raw', bytes('key'), { name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
                const hjwk = await subtle.exportKey('jwk', hmac);
                out.push(hjwk.alg, hjwk.k, hmac.algorithm.length, hmac.algorithm.hash.name);

                const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
                const raw = await subtle.exportKey('raw', ec.publicKey);
                const spki = await subtle.exportKey('spki', ec.publicKey);
                const pkcs8 = await subtle.exportKey('pkcs8', ec.privateKey);
                const ecJwk = await subtle.exportKey('jwk', ec.privateKey);
                const alg = { name: 'ECDSA', namedCurve: 'P-256' };
                const fromPkcs8 = await subtle.importKey('pkcs8', pkcs8, alg, true, ['sign']);
                const pkcs8Jwk = await subtle.exportKey('jwk', fromPkcs8);
                const fromRaw = await subtle.importKey('raw', raw, alg, true, ['verify']);
                const fromSpki = await subtle.importKey('spki', spki, alg, true, ['verify']);
                const fromJwk = await subtle.importKey('jwk', ecJwk, alg, false, ['sign']);
                const signature = await subtle.sign({ name: 'ECDSA', hash: 'SHA-512' }, fromJwk, bytes('x'));
                out.push(raw.byteLength, ecJwk.crv, ecJwk.x === pkcs8Jwk.x && ecJwk.y === pkcs8Jwk.y && ecJwk.d === pkcs8Jwk.d,
                  fromSpki.type, fromJwk.type, fromJwk.extractable,
                  await subtle.verify({ name: 'ECDSA', hash: 'SHA-512' }, fromRaw, signature, bytes('x')));

                const rsa = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024,
                  publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-384' }, true, ['sign', 'verify']);
                const rsaJwk = await subtle.exportKey('jwk', rsa.privateKey);
                const rsaAlg = { name: 'RSA-PSS', hash: 'SHA-384' };
                const priv = await subtle.importKey('jwk', rsaJwk, rsaAlg, true, ['sign']);
                const pub = await subtle.importKey('spki', await subtle.exportKey('spki', rsa.publicKey), rsaAlg, true, ['verify']);
                const back = await subtle.importKey('pkcs8', await subtle.exportKey('pkcs8', priv), rsaAlg, true, ['sign']);
                const pss = { name: 'RSA-PSS', saltLength: 20 };
                out.push(rsaJwk.alg, rsaJwk.e, pub.algorithm.modulusLength,
                  await subtle.verify(pss, pub, await subtle.sign(pss, back, bytes('m')), bytes('m')));
                export const result = out.join();
                """)).isEqualTo("oct,A128CBC,true,encrypt+decrypt,16,decrypt,HS384,a2V5,24,SHA-384,"
                + "65,P-256,true,public,private,false,true,PS384,AQAB,1024,true");
    }

    @Test
    void cryptoKeysLookAsInK6() throws Exception {
        assertThat(run("""
                const key = await subtle.generateKey({ name: 'aes-gcm', length: 128 }, false, ['encrypt']);
                let illegal;
                try { new CryptoKey(); } catch (e) { illegal = e.name; }
                export const result = [JSON.stringify(key), key instanceof CryptoKey, key instanceof crypto.CryptoKey,
                  Object.prototype.toString.call(key), illegal].join(' ');
                """)).isEqualTo("{\"type\":\"secret\",\"extractable\":false,\"algorithm\":{\"name\":\"AES-GCM\","
                + "\"length\":128},\"usages\":[\"encrypt\"]} true true [object CryptoKey] TypeError");
    }

    @Test
    void whatJk6DoesBeyondK6() throws Exception {
        assertThat(run("""
                const out = [];
                const rsa = { modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
                const pss = await subtle.generateKey({ name: 'RSA-PSS', ...rsa }, false, ['sign', 'verify']);
                const signature = await subtle.sign({ name: 'RSA-PSS', saltLength: 0 }, pss.privateKey, bytes('m'));
                const again = await subtle.sign({ name: 'RSA-PSS', saltLength: 0 }, pss.privateKey, bytes('m'));
                out.push(new Uint8Array(signature).join() === new Uint8Array(again).join(),
                  await subtle.verify({ name: 'RSA-PSS', saltLength: 0 }, pss.publicKey, signature, bytes('m')));
                const gcm = await subtle.generateKey({ name: 'AES-GCM', length: '128' }, false, ['encrypt', 'decrypt']);
                const iv = new Uint8Array(16);
                const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: bytes('ad') }, gcm, bytes('x'));
                out.push(gcm.algorithm.length,
                  text(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: bytes('ad') }, gcm, sealed)));
                const kw = await subtle.generateKey({ name: 'AES-KW', length: 192 }, true, ['wrapKey', 'unwrapKey']);
                out.push((await subtle.exportKey('jwk', kw)).alg);
                export const result = out.join();
                """)).isEqualTo("true,true,128,x,A192KW");
    }
}
