package io.jk6.cli.rest;

/**
 * A request the REST API answers with an error: k6's JSON:API error object
 * ({@code {"errors":[{"status":"404","title":"Not Found","detail":"..."}]}}) and the HTTP status.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String title;
    private final String allow;

    ApiError(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    private ApiError(int status, String title, String detail, String allow) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.allow = allow;
    }

    static ApiError notFound(String detail) {
        return new ApiError(404, "Not Found", detail);
    }

    /** 405, with the methods the path takes for the {@code Allow} header. */
    static ApiError methodNotAllowed(String method, String path, String allowed) {
        return new ApiError(405, "Method Not Allowed", method + " is not allowed on " + path + " (allowed: "
                + allowed + ")", allowed);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    String detail() {
        return getMessage();
    }

    /** The {@code Allow} header of a 405, else null. */
    String allow() {
        return allow;
    }

    byte[] document() {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("errors");
            g.writeStartObject();
            g.writeStringField("status", Integer.toString(status));
            g.writeStringField("title", title);
            g.writeStringField("detail", getMessage());
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
