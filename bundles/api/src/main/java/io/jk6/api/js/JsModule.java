package io.jk6.api.js;

/**
 * The service a JS module publishes, with the service property {@value ModuleName#PROPERTY}
 * naming it (see {@link ModuleName}).
 *
 * <p>The engine calls {@link #newModuleInstance(VU)} once for each VU whose script imports the
 * module. The default instance exports the module object itself as the default export, so
 * its public methods are what the script calls, and its public fields are properties.
 *
 * <p>Java objects look in JS as k6 Go extensions' objects do (see the package documentation
 * for every rule): methods keep their Java names ({@code isGreater}), fields and record
 * components are snake_case ({@code activeVus} is {@code active_vus}), {@code XComparator()}
 * is the constructor {@code new module.Comparator()}, {@link JS @JS} renames and
 * {@link JS.Hidden @JS.Hidden} hides a member; {@code Optional}, {@code CompletionStage},
 * {@code byte[]} and exceptions become null or the value, a Promise, an ArrayBuffer and an
 * {@code Error}.
 */
public interface JsModule {

    /** The module as seen by one VU. Called on the VU's own thread, during its init context. */
    default ModuleInstance newModuleInstance(VU vu) {
        Exports exports = Exports.ofDefault(this);
        return () -> exports;
    }
}
