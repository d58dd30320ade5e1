package io.jk6.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@code multipart/form-data} body (RFC 7578) as k6 builds one from an object body holding
 * {@link FileData}: one part per key in key order, files with their filename and content type
 * (application/octet-stream unless given), other values as text fields.
 */
final class MultipartBody {

    private MultipartBody() {
    }

    static RequestBody of(List<Map.Entry<String, Object>> fields) {
        String boundary = boundary();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> field : fields) {
            write(out, "--" + boundary + "\r\n");
            String name = quote(field.getKey());
            if (field.getValue() instanceof FileData file) {
                String filename = file.filename == null || file.filename.isEmpty()
                        ? Long.toString(System.nanoTime()) : file.filename;
                String type = file.content_type == null || file.content_type.isEmpty()
                        ? "application/octet-stream" : file.content_type;
                write(out, "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + quote(filename)
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n");
                out.writeBytes(file.bytes());
            } else {
                write(out, "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
                write(out, String.valueOf(field.getValue()));
            }
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return new RequestBody(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static String boundary() {
        // 30 random hex digits as Go's mime/multipart makes them (60 there): unlikely in any content
        StringBuilder b = new StringBuilder(30);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 30; i++) {
            b.append(Character.forDigit(random.nextInt(16), 16));
        }
        return b.toString();
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
