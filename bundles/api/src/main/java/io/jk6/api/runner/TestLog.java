package io.jk6.api.runner;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a test logs, in the format its {@link LogSettings} chose ({@code time="..." level=warning
 * msg="..."}, JSON or raw lines): a command logs its own lines here so they look like the engine's.
 */
@ProviderType
public interface TestLog {

    void warn(String message);

    void error(String message);

    /** An error line with k6's fields after the message ({@code error="..."}). */
    void error(String message, Map<String, ?> fields);
}
