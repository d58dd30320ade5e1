package io.jk6.api.js;

/**
 * The service a JS module publishes, with the service property {@value ModuleName#PROPERTY}
 * naming it (see {@link ModuleName}).
 *
 * <p>The engine calls {@link #newModuleInstance(VU)} once for each VU whose script imports the
 * module. The default instance exports the module object itself as the default export, so
 * its public methods are what the script calls.
 */
public interface JsModule {

    /** The module as seen by one VU. Called on the VU's own thread, during its init context. */
    default ModuleInstance newModuleInstance(VU vu) {
        Exports exports = Exports.ofDefault(this);
        return () -> exports;
    }
}
