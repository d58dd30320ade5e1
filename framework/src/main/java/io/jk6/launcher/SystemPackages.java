package io.jk6.launcher;

import java.util.List;

/**
 * The packages of the boot layer that bundles import through the system bundle. GraalVM
 * polyglot must live there: loaded inside a bundle it fails (truffle needs the module path
 * and JVMCI), see docs/design.md.
 */
final class SystemPackages {

    private SystemPackages() {
    }

    static String extra() {
        String graal = Jk6Version.graalvm();
        String slf4j = Jk6Version.slf4j();
        return String.join(",", List.of(
                "org.graalvm.polyglot;version=" + graal,
                "org.graalvm.polyglot.proxy;version=" + graal,
                "org.graalvm.polyglot.io;version=" + graal,
                "org.graalvm.polyglot.management;version=" + graal,
                "org.slf4j;version=" + slf4j,
                "org.slf4j.event;version=" + slf4j,
                "org.slf4j.helpers;version=" + slf4j,
                "org.slf4j.spi;version=" + slf4j,
                "io.jk6.launcher.spi;version=1.1.0"));
    }
}
