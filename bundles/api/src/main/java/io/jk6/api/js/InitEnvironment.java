package io.jk6.api.js;

import java.nio.file.Path;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** What a module may use while a VU's init context is evaluated, as k6's {@code common.InitEnvironment}. */
@ProviderType
public interface InitEnvironment {

    /** The environment variables visible to the script ({@code __ENV}). */
    Map<String, String> env();

    /** The directory relative paths of the script resolve against. */
    Path scriptDirectory();
}
