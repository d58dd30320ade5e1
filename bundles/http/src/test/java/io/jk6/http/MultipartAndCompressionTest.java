package io.jk6.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartAndCompressionTest {

    @Test
    void multipartHasOnePartPerFieldAndAClosingBoundary() {
        FileData file = new FileData("x", "hello".getBytes(StandardCharsets.UTF_8), "h.txt", null);
        RequestBody body = MultipartBody.of(List.of(Map.entry("a", "1"), Map.entry("f", file)));
        String boundary = body.contentType().substring(body.contentType().indexOf("boundary=") + 9);
        String text = new String(body.bytes(), StandardCharsets.UTF_8);
        assertThat(body.contentType()).startsWith("multipart/form-data; boundary=");
        assertThat(text).isEqualTo("--" + boundary + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"h.txt\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nhello\r\n--" + boundary + "--\r\n");
    }

    @Test
    void compressionRoundTripsInEitherOrder() throws IOException {
        byte[] original = "a body to squeeze, a body to squeeze".getBytes(StandardCharsets.UTF_8);
        byte[] both = Compression.compress(original, Compression.parse("gzip, deflate"));
        assertThat(Compression.decompress(both, "gzip, deflate")).isEqualTo(original);
        assertThat(Compression.decompress(original, "identity")).isEqualTo(original);
    }

    @Test
    void aBodyThatIsNotWhatItsEncodingSaysFails() {
        assertThatThrownBy(() -> Compression.decompress(new byte[] {1, 2, 3}, "gzip")).isInstanceOf(IOException.class);
    }

    @Test
    void brotliRequestBodiesAreRefusedClearly() {
        assertThatThrownBy(() -> Compression.parse("br")).hasMessageContaining("\"br\" is not supported by jk6");
    }
}
