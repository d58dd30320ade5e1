package io.jk6.output.prometheusrw;

import io.jk6.support.output.Retry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLParameters;

/** k6's remote write client: one POST per batch, with the headers remote write 0.1.0 specifies. */
final class RemoteWriteClient {

    /** k6's {@code defaultTimeout}. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final PrometheusRwConfig config;
    private final URI url;
    private final HttpClient http;

    /** @throws IllegalArgumentException a header Java's HTTP client refuses to set (such as Host) */
    RemoteWriteClient(PrometheusRwConfig config) {
        this.config = config;
        this.url = URI.create(config.serverUrl());
        SSLParameters tls = new SSLParameters();
        tls.setProtocols(config.tls12() ? new String[] {"TLSv1.3", "TLSv1.2"} : new String[] {"TLSv1.3"});
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(TIMEOUT).sslParameters(tls);
        if (config.tls() != null) {
            builder.sslContext(config.tls().context()); // the client certificate, or trust in any server
        }
        this.http = builder.build();
        request(new byte[0]); // a header the client cannot send fails now, before the test
    }

    /**
     * Sends the series.
     *
     * @throws IOException in k6's words: the request failed, or was answered other than 2xx (a
     *                     {@link Retry.Refused} when trying again cannot help: 4xx but 408 and 429)
     */
    void store(List<TimeSeries> series) throws IOException, InterruptedException {
        HttpResponse<Void> response;
        try {
            response = http.send(request(WriteRequest.body(series)), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // as Go's url.Error reads: Post "http://...": connection refused
            throw new IOException("HTTP POST request failed: Post \"" + url + "\": " + reason(e), e);
        }
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            String message = "got status code: " + response.statusCode() + " instead expected a 2xx successful status code";
            throw Retry.transientStatus(response.statusCode()) ? new IOException(message) : new Retry.Refused(message);
        }
    }

    /** The first message down the causes (Java's ConnectException often has none on top). */
    private static String reason(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return error.getClass().getSimpleName();
    }

    private HttpRequest request(byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (config.username() != null) {
            String credentials = config.username() + ":" + config.password();
            request.setHeader("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        config.headers().forEach(request::setHeader);
        if (!config.bearerToken().isEmpty()) {
            request.setHeader("Authorization", "Bearer " + config.bearerToken());
        }
        // last: what the specification requires wins over a configured header
        return request.setHeader("User-Agent", "k6-prometheus-rw-output")
                .setHeader("Content-Encoding", "snappy")
                .setHeader("Content-Type", "application/x-protobuf")
                .setHeader("X-Prometheus-Remote-Write-Version", "0.1.0")
                .build();
    }

    void close() {
        http.close();
    }
}
