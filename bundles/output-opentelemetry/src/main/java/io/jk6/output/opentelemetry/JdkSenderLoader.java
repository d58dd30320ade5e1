package io.jk6.output.opentelemetry;

import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.exporter.sender.jdk.internal.JdkHttpSenderProvider;
import io.opentelemetry.sdk.common.export.HttpSenderProvider;
import java.util.List;

/**
 * Hands the OTLP exporter its HTTP sender directly. The exporter looks senders up with
 * {@link java.util.ServiceLoader}, which finds nothing in this bundle: bnd copies the sender's
 * classes but not its {@code META-INF/services} file, and OSGi's thread context class loader is
 * not the bundle's. Every other lookup (compressors) gets nothing: gzip is built in.
 */
final class JdkSenderLoader implements ComponentLoader {

    @Override
    @SuppressWarnings("unchecked")
    public <T> Iterable<T> load(Class<T> spiClass) {
        if (spiClass == HttpSenderProvider.class) {
            return (List<T>) List.of(new JdkHttpSenderProvider());
        }
        return List.of();
    }
}
