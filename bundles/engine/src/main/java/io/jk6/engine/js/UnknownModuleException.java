package io.jk6.engine.js;

import io.jk6.support.components.InactiveComponent;
import java.util.Collection;
import java.util.Optional;

/**
 * A script imports a module no bundle provides. When a deployed bundle declares the module but
 * its component is not active, the message says why: the user fixes that, not the import.
 */
public final class UnknownModuleException extends RuntimeException {

    public UnknownModuleException(String name, Collection<String> available, Optional<InactiveComponent> inactive) {
        super("unknown module " + name + inactive.map(UnknownModuleException::why).orElse("")
                + "; available modules: " + String.join(", ", available));
    }

    private static String why(InactiveComponent component) {
        return " (" + component.provider() + " declares it, but its component is not active: " + component.reason() + ")";
    }
}
