package io.jk6.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringTest {

    @Test
    void quotesAndEscapesWhatJsonRequires() {
        assertThat(JsonString.quote("plain")).isEqualTo("\"plain\"");
        assertThat(JsonString.quote("")).isEqualTo("\"\"");
        assertThat(JsonString.quote("a\"b\\c\u0001")).isEqualTo("\"a\\\"b\\\\c\\u0001\"");
        assertThat(JsonString.quote("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
        assertThat(JsonString.quote("\u001f\u0000")).isEqualTo("\"\\u001f\\u0000\"");
    }

    @Test
    void escapesWhatWouldEndAJavaScriptLiteral() {
        assertThat(JsonString.quote("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
    }

    @Test
    void keepsOtherTextAsItIs() {
        assertThat(JsonString.quote("<é € 😀 & '>")).isEqualTo("\"<é € 😀 & '>\"");
        assertThat(JsonString.quote("/\u007f")).isEqualTo("\"/\u007f\"");
    }

    @Test
    void escapesLoneSurrogatesAsJsonStringifyDoes() {
        assertThat(JsonString.quote("x\ud83d")).isEqualTo("\"x\\ud83d\"");
        assertThat(JsonString.quote("\ude00y")).isEqualTo("\"\\ude00y\"");
        assertThat(JsonString.quote("\ude00\ud83d")).isEqualTo("\"\\ude00\\ud83d\"");
    }

    @Test
    void htmlSafeAlsoEscapesAngleBracketsAndAmpersandAsGosMarshal() {
        assertThat(JsonString.quoteHtmlSafe("p(95)<500 && x>1"))
                .isEqualTo("\"p(95)\\u003c500 \\u0026\\u0026 x\\u003e1\"");
        // Go 1.22 and later write \b and \f by name, as JSON.stringify does
        assertThat(JsonString.quoteHtmlSafe("a\"\n\b\f")).isEqualTo("\"a\\\"\\n\\b\\f\"");
    }
}
