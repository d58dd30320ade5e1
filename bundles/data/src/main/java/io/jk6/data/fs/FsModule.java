package io.jk6.data.fs;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/experimental/fs}: {@code await open(path)} in the init context gives a {@code File}
 * with {@code read}, {@code seek} and {@code stat}. As in k6 a file is read once per run, whichever VUs open
 * it, and every {@code File} has its own offset; jk6 reads it as {@code open()} does, so {@code jk6 archive}
 * packs it and a run of an archive reads it from there.
 */
@Component(service = JsModule.class)
@ModuleName("k6/experimental/fs")
public class FsModule implements JsModule {

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        return new FsInstance(vu);
    }
}
