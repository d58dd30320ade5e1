package io.jk6.http;

/**
 * k6's {@code http.file(data, filename, contentType)}: a file part of a multipart body. An
 * object body with one of these among its values is sent as {@code multipart/form-data}.
 */
public final class FileData {

    /** What the script passed: a string or an ArrayBuffer. */
    public final Object data;
    public final String filename;
    public final String content_type;
    private final byte[] bytes;

    FileData(Object data, byte[] bytes, String filename, String contentType) {
        this.data = data;
        this.bytes = bytes;
        this.filename = filename;
        this.content_type = contentType;
    }

    byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return "FileData(" + filename + ", " + content_type + ", " + bytes.length + " bytes)";
    }
}
