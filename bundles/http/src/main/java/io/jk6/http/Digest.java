package io.jk6.http;

import io.jk6.http.client.DigestAuth;
import io.jk6.http.client.Exchange;
import io.jk6.http.client.OutgoingRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's {@code auth: 'digest'}: the credentials of its URL, which are not sent as Basic
 * credentials, and the request again with the {@code Authorization} that answers a 401's digest
 * challenge. As k6 (its {@code digestTransport}), every request is challenged anew.
 *
 * @param uri the request's URI without its credentials
 */
record Digest(URI uri, String user, String password) {

    /** The digest credentials of {@code uri} ({@code user:pass@}; empty ones when it has none). */
    static Digest of(URI uri) {
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            return new Digest(uri, "", "");
        }
        int colon = userInfo.indexOf(':');
        String user = URLDecoder.decode(colon < 0 ? userInfo : userInfo.substring(0, colon), StandardCharsets.UTF_8);
        String password = colon < 0 ? "" : URLDecoder.decode(userInfo.substring(colon + 1), StandardCharsets.UTF_8);
        URI bare = URI.create(uri.toString().replaceFirst("//" + java.util.regex.Pattern.quote(userInfo) + "@", "//"));
        return new Digest(bare, user, password);
    }

    /** {@code request} with the answer to {@code response}'s challenge, or null when it made none. */
    OutgoingRequest answer(OutgoingRequest request, Exchange response) {
        if (response.failed() || response.status() != 401) {
            return null;
        }
        String challenge = null;
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            if (header.getKey().equalsIgnoreCase("WWW-Authenticate")) {
                challenge = header.getValue();
            }
        }
        String path = request.uri().getRawPath() == null || request.uri().getRawPath().isEmpty() ? "/"
                : request.uri().getRawPath();
        String requestUri = request.uri().getRawQuery() == null ? path : path + "?" + request.uri().getRawQuery();
        String authorization = DigestAuth.authorization(challenge, request.method(), requestUri, user, password);
        if (authorization == null) {
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.keySet().removeIf(name -> name.equalsIgnoreCase("Authorization"));
        headers.put("Authorization", List.of(authorization));
        return new OutgoingRequest(request.method(), request.uri(), headers, request.body());
    }
}
