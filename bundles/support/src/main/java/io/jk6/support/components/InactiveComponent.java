package io.jk6.support.components;

import java.util.Set;

/**
 * A component that declares a named service (a JS module, an output) but serves nothing, and why.
 *
 * @param name the service's name ({@code k6/x/sql}, an output's {@code --out} name)
 * @param bundleId the bundle that declares the component, to find where it came from
 * @param bundleSymbolicName that bundle's symbolic name
 * @param bundleVersion that bundle's version
 * @param reason why it is not active ({@link InactiveReason})
 * @param componentIds SCR's ids of its configurations: a delayed component whose activation failed
 *     keeps its service registered (property {@code component.id}), yet no one can use it
 */
public record InactiveComponent(String name, long bundleId, String bundleSymbolicName, String bundleVersion,
        String reason, Set<Long> componentIds) {

    /** "bundle SYMBOLIC-NAME VERSION", as the engine names providers in its messages. */
    public String provider() {
        return "bundle " + bundleSymbolicName + " " + bundleVersion;
    }
}
