package io.jk6.engine.output;

import io.jk6.api.output.TestFiles;
import io.jk6.engine.js.ScriptFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@link TestFiles} outputs get: a view of the run's {@link ScriptFiles}, so an archive's
 * files are what an output reads when the test runs one, and what the VUs loaded is what it lists.
 */
public final class RunTestFiles implements TestFiles {

    private final ScriptFiles files;
    private final Path scriptDirectory;

    public RunTestFiles(ScriptFiles files, Path script) {
        this.files = files;
        this.scriptDirectory = script.toAbsolutePath().normalize().getParent();
    }

    @Override
    public List<Path> loaded() {
        return List.copyOf(files.filesRead().keySet());
    }

    @Override
    public byte[] read(Path path) throws IOException {
        // a copy: the run's bytes are shared by every VU
        return files.peek(scriptDirectory.resolve(path).normalize()).clone();
    }
}
