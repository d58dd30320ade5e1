package io.jk6.output.opentelemetry;

import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.exporter.sender.jdk.internal.JdkHttpSenderProvider;
import io.opentelemetry.exporter.sender.okhttp.internal.OkHttpGrpcSenderProvider;
import io.opentelemetry.sdk.common.export.GrpcSenderProvider;
import io.opentelemetry.sdk.common.export.HttpSenderProvider;
import java.util.List;

/**
 * Hands the OTLP exporters their senders directly: the JDK's {@code HttpClient} for
 * {@code http/protobuf}, OkHttp for {@code grpc} (HTTP/2 with trailers, which the JDK's client
 * cannot do). The exporters look senders up with {@link java.util.ServiceLoader}, which finds
 * nothing in this bundle: bnd copies the senders' classes but not their {@code META-INF/services}
 * files, and OSGi's thread context class loader is not the bundle's. Every other lookup
 * (compressors) gets nothing: gzip is built in.
 */
final class SenderLoader implements ComponentLoader {

    @Override
    @SuppressWarnings("unchecked")
    public <T> Iterable<T> load(Class<T> spiClass) {
        if (spiClass == HttpSenderProvider.class) {
            return (List<T>) List.of(new JdkHttpSenderProvider());
        }
        if (spiClass == GrpcSenderProvider.class) {
            return (List<T>) List.of(new OkHttpGrpcSenderProvider());
        }
        return List.of();
    }
}
