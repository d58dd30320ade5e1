package io.jk6.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TextEncoder, TextDecoder and crypto as a k6 script sees them. */
class WebGlobalsTest {

    @TempDir
    Path dir;

    private InitScript script;

    @AfterEach
    void close() {
        script.close();
    }

    /** Evaluates {@code code} in a VU's init context and returns its {@code result} export. */
    private Value result(String code) throws Exception {
        script = new InitScript(dir);
        return script.result(code);
    }

    @Test
    void textEncoderAndDecoderRoundTripUtf8() throws Exception {
        assertThat(result("""
                const bytes = new TextEncoder().encode('żółw ✓');
                export const result = [bytes instanceof Uint8Array, bytes.length,
                  new TextDecoder().decode(bytes), new TextDecoder('utf-8').decode(bytes.buffer)].join();
                """).asString()).isEqualTo("true,11,żółw ✓,żółw ✓");
    }

    @Test
    void textDecoderKnowsOtherEncodingsAndFatalMode() throws Exception {
        assertThat(result("""
                const bad = new Uint8Array([0x61, 0xff, 0x62]);
                let fatal;
                try { new TextDecoder('utf-8', { fatal: true }).decode(bad); } catch (e) { fatal = e.name; }
                let unknown;
                try { new TextDecoder('klingon'); } catch (e) { unknown = e.name; }
                export const result = [new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x69, 0])),
                  new TextDecoder('latin1').decode(new Uint8Array([0xe9])),
                  new TextDecoder().decode(bad).length, fatal, unknown].join();
                """).asString()).isEqualTo("hi,é,3,TypeError,RangeError");
    }

    @Test
    void globalsMadeOnFirstUseLookLikeTheRealOnesAndYieldToAScriptsOwn() throws Exception {
        // TextEncoder, crypto & co. are installed when first read (Prelude): the script must not tell
        assertThat(result("""
                const before = [typeof TextEncoder, typeof crypto.subtle, typeof CryptoKey,
                  Object.getOwnPropertyDescriptor(globalThis, 'crypto').writable].join();
                globalThis.TextDecoder = 'mine';
                const encoded = new TextEncoder().encode('a').length;
                export const result = [before, TextDecoder, encoded, crypto === globalThis.crypto].join();
                """).asString()).isEqualTo("function,object,function,true,mine,1,true");
    }

    @Test
    void cryptoFillsArraysAndMakesUuids() throws Exception {
        assertThat(result("""
                const a = crypto.getRandomValues(new Uint8Array(64));
                const b = crypto.getRandomValues(new Uint32Array(4));
                let quota;
                try { crypto.getRandomValues(new Uint8Array(70000)); } catch (e) { quota = e.name; }
                let floats;
                try { crypto.getRandomValues(new Float64Array(2)); } catch (e) { floats = e.name; }
                export const result = [a.some((x) => x !== 0), b.length, quota, floats,
                  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()),
                  crypto.randomUUID() !== crypto.randomUUID()].join();
                """).asString()).isEqualTo("true,4,QuotaExceededError,TypeMismatchError,true,true");
    }

    @Test
    void subtleDigestResolvesToTheHash() throws Exception {
        assertThat(result("""
                const hex = (buffer) => Array.from(new Uint8Array(buffer), (x) => x.toString(16).padStart(2, '0')).join('');
                const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('hello'));
                let unsupported;
                await crypto.subtle.digest('MD5', new Uint8Array(1)).catch((e) => { unsupported = e.name; });
                export const result = [hex(digest), unsupported].join();
                """).asString()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824,NotSupportedError");
    }
}
