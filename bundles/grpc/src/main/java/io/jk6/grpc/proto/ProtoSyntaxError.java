package io.jk6.grpc.proto;

/** A {@code .proto} file that does not parse, named with the line and column as k6's parser names it. */
public final class ProtoSyntaxError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProtoSyntaxError(String file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
    }
}
