package io.jk6.http.client;

/**
 * A request that got no usable response, with k6's error code and a k6-like message.
 *
 * @param code    k6's {@code error_code} (see {@link K6ErrorCodes})
 * @param message k6's {@code error}: Go-flavoured, such as {@code dial tcp 127.0.0.1:1: connect: connection refused}
 */
public record RequestFailure(int code, String message) {
}
