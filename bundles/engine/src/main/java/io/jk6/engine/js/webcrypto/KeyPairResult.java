package io.jk6.engine.js.webcrypto;

/** What {@code generateKey} gives for public-key algorithms: a {@code CryptoKeyPair}. */
record KeyPairResult(CryptoKey privateKey, CryptoKey publicKey) {
}
