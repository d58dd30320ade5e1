package io.jk6.k6.webcrypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.ModuleScript;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

class WebCryptoModuleTest {

    @Test
    void exportsTheGlobalCryptoAsK6sExperimentalModuleDid() throws Exception {
        try (ModuleScript script = new ModuleScript().module("k6/experimental/webcrypto", new WebCryptoModule())) {
            Value exports = script.evaluate("""
                    import { crypto as imported } from 'k6/experimental/webcrypto';
                    const key = await imported.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
                    export const result = [imported === globalThis.crypto, key.algorithm.name,
                      (await imported.subtle.sign('HMAC', key, new Uint8Array(3))).byteLength].join();
                    """);
            assertThat(exports.getMember("result").asString()).isEqualTo("true,HMAC,32");
        }
    }
}
