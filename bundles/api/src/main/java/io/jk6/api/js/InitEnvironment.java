package io.jk6.api.js;

import java.io.IOException;
import java.nio.file.Files;
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

    /**
     * The bytes of a file the script names, as {@code open(path, 'b')} reads them: relative to
     * the script's directory, read once per run, recorded for {@code jk6 archive} and read from
     * the archive when the test runs one. For modules that open files in the init context, as
     * k6/experimental/fs does; the caller must not change the array (it may be shared).
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws IOException when it cannot be read (a directory, no permission)
     * @since 1.4
     */
    default byte[] readFile(String path) throws IOException {
        return Files.readAllBytes(scriptDirectory().resolve(path).normalize());
    }
}
