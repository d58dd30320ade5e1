package io.jk6.api.js;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/** What a module may use while a VU's init context is evaluated, as k6's {@code common.InitEnvironment}. */
@ProviderType
public interface InitEnvironment {

    /** The environment variables visible to the script ({@code __ENV}). */
    Map<String, String> env();

    /** The directory relative paths of the script resolve against. */
    Path scriptDirectory();

    /**
     * The object this test run keeps under {@code key} for all its VUs, made by {@code factory}
     * the first time any VU asks: on that VU's thread, while VUs asking for the same key wait for
     * it. A module uses it for what is built once per run and shared read-only, as k6/data's
     * {@code SharedArray} (prefix keys with the module's name). The next test run starts with
     * none. If the factory throws, nothing is kept and the next VU asking tries again.
     *
     * @since 1.2.0
     */
    <T> T shared(String key, Supplier<? extends T> factory);
}
