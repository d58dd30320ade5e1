package io.jk6.k6.crypto;

import io.jk6.k6.common.ScriptError;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * {@code md4} and {@code ripemd160}: k6 has them, the JDK does not. Exported anyway, so a script
 * calling one learns why it fails instead of reading "not a function".
 */
final class UnavailableHashFunction implements ProxyExecutable {

    private final String name;

    UnavailableHashFunction(String name) {
        this.name = name;
    }

    @Override
    public Object execute(Value... args) {
        throw new ScriptError(name + " is not available in jk6: the JDK has no " + name);
    }
}
