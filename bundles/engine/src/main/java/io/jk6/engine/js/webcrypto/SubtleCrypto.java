package io.jk6.engine.js.webcrypto;

import io.jk6.engine.js.EventLoop;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javax.crypto.Cipher;
import org.graalvm.polyglot.Value;

/**
 * One VU's {@code crypto.subtle}: each call reads its arguments on the VU's thread (a bad one
 * rejects the Promise at once), does the cryptography on a virtual thread of its own, and settles
 * the Promise back on the VU's thread through its event loop, as k6 does with a goroutine and
 * {@code RegisterCallback}.
 */
final class SubtleCrypto {

    private final EventLoop loop;
    /** The JS side's helpers: {@code arrayBuffer}, {@code key}, {@code pair}, {@code json}, {@code error}. */
    private Value js;

    SubtleCrypto(EventLoop loop) {
        this.loop = loop;
    }

    void bind(Value helpers) {
        this.js = helpers;
    }

    /** {@code host.subtle(operation, resolve, reject, ...arguments)}. */
    Object call(Value[] args) {
        String operation = args[0].asString();
        Value resolve = args[1];
        Value reject = args[2];
        Value[] arguments = Arrays.copyOfRange(args, 3, args.length);
        Callable<Object> work;
        try {
            work = prepare(operation, arguments);
        } catch (WebCryptoError e) {
            reject.execute(js.getMember("error").execute(e.name(), e.getMessage()));
            return null;
        }
        Consumer<Runnable> back = loop.registerCallback();
        Thread.ofVirtual().name("jk6-webcrypto").start(() -> {
            Object result;
            try {
                result = work.call();
            } catch (WebCryptoError e) {
                result = e;
            } catch (Exception | LinkageError e) {
                result = WebCryptoError.operation(operation + " failed", e);
            }
            Object settled = result;
            back.accept(() -> {
                if (settled instanceof WebCryptoError e) {
                    reject.execute(js.getMember("error").execute(e.name(), e.getMessage()));
                } else {
                    resolve.execute(toJs(settled));
                }
            });
        });
        return null;
    }

    private Object toJs(Object result) {
        if (result instanceof byte[] bytes) {
            return js.getMember("arrayBuffer").execute(bytes);
        }
        if (result instanceof CryptoKey key) {
            return js.getMember("key").execute(key, key.type(), key.extractable(), key.algorithm().json(),
                    String.join(",", key.usages()));
        }
        if (result instanceof KeyPairResult pair) {
            return js.getMember("pair").execute(toJs(pair.privateKey()), toJs(pair.publicKey()));
        }
        if (result instanceof String jwk) {
            return js.getMember("json").execute(jwk);
        }
        return result;
    }

    private Callable<Object> prepare(String operation, Value[] a) {
        return switch (operation) {
            case "digest" -> digest(Params.of(a[0], operation).name(), Bytes.of(a[1], "data"));
            case "encrypt", "decrypt" -> cipher(operation, Params.of(a[0], operation), key(a[1]), Bytes.of(a[2], "data"));
            case "sign" -> {
                Params params = Params.of(a[0], operation);
                Signer signer = Signer.of(params);
                CryptoKey key = checked(key(a[1]), params.name(), "sign", "");
                byte[] data = Bytes.of(a[2], "data");
                yield () -> signer.sign(key, data);
            }
            case "verify" -> {
                Params params = Params.of(a[0], operation);
                Signer signer = Signer.of(params);
                CryptoKey key = checked(key(a[1]), params.name(), "verify", "");
                byte[] signature = Bytes.of(a[2], "signature");
                byte[] data = Bytes.of(a[3], "data");
                yield () -> signer.verify(key, signature, data);
            }
            case "generateKey" -> KeyMaker.generate(Params.of(a[0], operation), a[1].asBoolean(), Usages.read(a[2]));
            case "importKey" -> KeyMaker.importKey(a[0].asString(), a[1], Params.of(a[2], operation), a[3].asBoolean(),
                    Usages.read(a[4]));
            case "exportKey" -> KeyMaker.export(a[0].asString(), key(a[1]));
            case "deriveBits" -> deriveBits(Params.of(a[0], operation), key(a[1]), a[2]);
            case "deriveKey" -> KeyMaker.derive(Params.of(a[0], operation), key(a[1]), a[2], a[3].asBoolean(),
                    Usages.read(a[4]));
            default -> throw WebCryptoError.notSupported(operation + " is not implemented, as in k6");
        };
    }

    private static CryptoKey key(Value handle) {
        return Bytes.key(handle, "key argument does hold not a valid CryptoKey object");
    }

    /** k6's checks of the key an operation uses: the same algorithm, the usage. */
    static CryptoKey checked(CryptoKey key, String algorithm, String usage, String prefix) {
        if (!key.algorithm().name().equals(algorithm)) {
            throw WebCryptoError.invalidAccess(prefix + "algorithm name does not match key algorithm name");
        }
        if (!key.usages().contains(usage)) {
            throw WebCryptoError.invalidAccess(prefix + "key does not contain the '" + usage + "' usage");
        }
        return key;
    }

    private static Callable<Object> digest(String hash, byte[] data) {
        return () -> {
            try {
                return MessageDigest.getInstance(hash).digest(data);
            } catch (NoSuchAlgorithmException e) {
                throw WebCryptoError.notSupported("unsupported digest algorithm '" + hash + "'");
            }
        };
    }

    private static Callable<Object> cipher(String operation, Params params, CryptoKey key, byte[] data) {
        checked(key, params.name(), operation, operation + "'s ");
        int mode = operation.equals("encrypt") ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
        if (params.name().equals(Algorithms.RSA_OAEP)) {
            RsaCipher cipher = RsaCipher.of(params);
            return () -> cipher.run(mode, key, data);
        }
        AesCipher cipher = AesCipher.of(params);
        return () -> cipher.run(mode, key, data);
    }

    private static Callable<Object> deriveBits(Params params, CryptoKey base, Value lengthValue) {
        Deriver deriver = Deriver.of(params);
        deriver.checkBaseKey(base, "deriveBits");
        int bits = lengthValue == null || lengthValue.isNull() ? -1 : lengthValue.asInt();
        if (bits == 0) {
            throw WebCryptoError.operation("length can not be 0");
        }
        if (bits < 0 && !params.name().equals(Algorithms.ECDH)) {
            throw WebCryptoError.operation("length can not be null for " + params.name());
        }
        if (bits > 0 && bits % 8 != 0) {
            throw WebCryptoError.operation("currently only multiples of 8 are supported for length");
        }
        return () -> deriver.derive(base, bits);
    }
}
