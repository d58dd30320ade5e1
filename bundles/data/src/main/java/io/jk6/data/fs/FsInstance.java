package io.jk6.data.fs;

import io.jk6.api.js.Exports;
import io.jk6.api.js.InitEnvironment;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;
import io.jk6.data.JsGlue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** k6/experimental/fs for one VU: fs.js's classes, made when the VU imports the module; opens files for them. */
public final class FsInstance implements ModuleInstance {

    private static final Source SCRIPT = JsGlue.source(FsInstance.class, "fs.js", "k6/experimental/fs.js");

    private final VU vu;
    private Exports exports;

    FsInstance(VU vu) {
        this.vu = vu;
    }

    @Override
    public Exports exports() {
        if (exports == null) {
            Value module = JsGlue.evaluate(vu, SCRIPT, this);
            exports = Exports.of(module, Map.of("open", module.getMember("open"), "SeekMode", module.getMember("SeekMode")));
        }
        return exports;
    }

    /**
     * fs.js's {@code open(path)}: the file's bytes (the run's one copy) behind a new offset, or k6's error:
     * {@code ForbiddenError} after the init context, {@code NotFoundError}, {@code InvalidResourceError} for
     * a directory. Paths are relative to the script's directory; {@code file://} is dropped, as k6 does.
     */
    public OpenFile open(String name) {
        InitEnvironment init = vu.initEnv().orElseThrow(() -> JsGlue.error(vu, "ForbiddenError",
                "open() failed; reason: opening a file is allowed only in the Init context"));
        String path = name.startsWith("file://") ? name.substring("file://".length()) : name;
        Path absolute = init.scriptDirectory().toAbsolutePath().resolve(path).normalize();
        if (Files.isDirectory(absolute)) {
            throw JsGlue.error(vu, "InvalidResourceError",
                    "cannot open \"" + absolute + "\": opening a directory is not supported");
        }
        try {
            return new OpenFile(vu, absolute, init.readFile(absolute.toString()));
        } catch (NoSuchFileException e) {
            throw JsGlue.error(vu, "NotFoundError", "no such file or directory \"" + absolute + "\"");
        } catch (IOException e) {
            throw JsGlue.error(vu, null, "open() failed; reason: " + e.getMessage());
        }
    }
}
