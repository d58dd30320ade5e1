package io.jk6.engine.js;

import java.util.Collection;

/** A script imports a module no bundle provides. */
public final class UnknownModuleException extends RuntimeException {

    public UnknownModuleException(String name, Collection<String> available) {
        super("unknown module " + name + "; available modules: " + String.join(", ", available));
    }
}
