package io.jk6.data.csv;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/experimental/csv}: {@code await csv.parse(file, options)}, every record of a
 * k6/experimental/fs {@code File} parsed once per run into a SharedArray, and {@code new csv.Parser(file,
 * options)}, whose {@code await parser.next()} reads one record at a time for its VU.
 */
@Component(service = JsModule.class)
@ModuleName("k6/experimental/csv")
public class CsvModule implements JsModule {

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        return new CsvInstance(vu);
    }
}
