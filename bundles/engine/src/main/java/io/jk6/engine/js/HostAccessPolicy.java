package io.jk6.engine.js;

import org.graalvm.polyglot.HostAccess;

/**
 * What scripts see of Java objects handed to them by modules: public methods and fields,
 * Java collections as JS-indexable values, JS functions passed where Java expects an
 * interface. Scripts cannot look up Java classes themselves (no host class lookup).
 */
final class HostAccessPolicy {

    static final HostAccess MODULES = HostAccess.newBuilder()
            .allowPublicAccess(true)
            .allowAccessInheritance(true)
            .allowAllImplementations(true)
            .allowArrayAccess(true)
            .allowListAccess(true)
            .allowMapAccess(true)
            .allowIterableAccess(true)
            .allowIteratorAccess(true)
            .allowBufferAccess(true)
            .build();

    private HostAccessPolicy() {
    }
}
