package io.jk6.engine.run;

import io.jk6.api.js.InitEnvironment;
import io.jk6.engine.js.VuRuntime;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a module sees of a VU's init context, k6's {@code InitEnvironment}: {@code __ENV}, the
 * script's directory, the objects built once per run, and the files the script may open, read
 * through the run's files so that each is read once and recorded for {@code jk6 archive}. Apart
 * from {@link VirtualUser} so that what the init context offers modules changes here.
 */
final class VuInitEnvironment implements InitEnvironment {

    private final TestContext test;
    private final VuRuntime runtime;
    private final Path scriptDirectory;

    VuInitEnvironment(TestContext test, VuRuntime runtime) {
        this.test = test;
        this.runtime = runtime;
        this.scriptDirectory = runtime.scriptDirectory();
    }

    @Override
    public Map<String, String> env() {
        return test.env();
    }

    @Override
    public Path scriptDirectory() {
        return scriptDirectory;
    }

    @Override
    public <T> T shared(String key, Supplier<? extends T> factory) {
        return test.shared().get(key, factory);
    }

    @Override
    public byte[] readFile(String path) throws IOException {
        // through the run's files, as open(): once per run, recorded for jk6 archive
        return runtime.readFile(path);
    }
}
