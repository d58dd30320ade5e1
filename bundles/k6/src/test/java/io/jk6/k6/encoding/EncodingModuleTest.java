package io.jk6.k6.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.ModuleScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EncodingModuleTest {

    private ModuleScript script;

    @BeforeEach
    void openScript() {
        script = new ModuleScript().importing("encoding", new EncodingModule());
    }

    @AfterEach
    void closeScript() {
        script.close();
    }

    private String eval(String source) {
        return script.eval(source).asString();
    }

    @Test
    void encodesInEachVariantWithItsPaddingRules() {
        assertThat(eval("b64encode('hello world')")).isEqualTo("aGVsbG8gd29ybGQ=");
        assertThat(eval("b64encode('hello world', 'std')")).isEqualTo("aGVsbG8gd29ybGQ=");
        assertThat(eval("b64encode('hello world', 'rawstd')")).isEqualTo("aGVsbG8gd29ybGQ");
        assertThat(eval("b64encode('hello world', 'url')")).isEqualTo("aGVsbG8gd29ybGQ=");
        assertThat(eval("b64encode('hello world', 'rawurl')")).isEqualTo("aGVsbG8gd29ybGQ");
        // The alphabets differ at 62 and 63.
        assertThat(eval("b64encode('\\u00fb\\u00ff')")).isEqualTo("w7vDvw==");
        assertThat(eval("b64encode(new Uint8Array([0xfb, 0xff]).buffer, 'std')")).isEqualTo("+/8=");
        assertThat(eval("b64encode(new Uint8Array([0xfb, 0xff]).buffer, 'url')")).isEqualTo("-_8=");
        assertThat(eval("b64encode(new Uint8Array([0xfb, 0xff]).buffer, 'rawurl')")).isEqualTo("-_8");
    }

    @Test
    void anUnknownEncodingMeansStdAsInK6() {
        assertThat(eval("b64encode('hello world', 'nonsense')")).isEqualTo("aGVsbG8gd29ybGQ=");
    }

    @Test
    void theDefaultExportHasTheSameFunctions() {
        assertThat(eval("encoding.b64encode('hi')")).isEqualTo("aGk=");
        assertThat(eval("encoding.b64decode('aGk=', 'std', 's')")).isEqualTo("hi");
    }

    @Test
    void decodesToAStringWithFormatS() {
        assertThat(eval("b64decode(b64encode('hello world'), 'std', 's')")).isEqualTo("hello world");
        assertThat(eval("b64decode('aGVsbG8gd29ybGQ', 'rawurl', 's')")).isEqualTo("hello world");
        assertThat(eval("b64decode(b64encode('żółw ✓'), undefined, 's')")).isEqualTo("żółw ✓");
    }

    @Test
    void decodesToAnArrayBufferByDefault() {
        assertThat(script.eval("const ab = b64decode('+/8='); ab instanceof ArrayBuffer && ab.byteLength === 2").asBoolean())
                .isTrue();
        assertThat(eval("Array.from(new Uint8Array(b64decode('-_8', 'rawurl'))).join()")).isEqualTo("251,255");
        assertThat(eval("b64encode(b64decode('aGVsbG8gd29ybGQ='))")).isEqualTo("aGVsbG8gd29ybGQ=");
    }

    @Test
    void encodesTypedArraysByTheirVisibleBytes() {
        assertThat(eval("b64encode(new Uint8Array([0, 104, 105, 0]).subarray(1, 3))")).isEqualTo("aGk=");
    }

    @Test
    void badInputIsAnErrorInGoWords() {
        assertThat(script.errorOf("b64decode('aGk', 'std')")).startsWith("illegal base64 data at input byte");
        assertThat(script.errorOf("b64decode('aGk=', 'rawstd')")).isEqualTo("illegal base64 data at input byte 3");
        assertThat(script.errorOf("b64decode('a*k=')")).isEqualTo("illegal base64 data at input byte 1");
        assertThat(script.errorOf("b64encode(42)")).contains("invalid type", "expected string, []byte or ArrayBuffer");
    }
}
