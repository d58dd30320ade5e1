package io.jk6.engine.runner;

import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.output.RunOutputs;
import io.jk6.engine.run.RunListener;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.TestRun;
import java.util.Map;
import org.graalvm.polyglot.Engine;

/**
 * A test as {@link TestLoader} read it: the script argument (a script, an archive, stdin), the
 * script's {@code __ENV}, and the option layers around the script's own options in k6's order: a
 * {@code --config} file below the script, {@code K6_*} variables and then flags above it. The
 * script's options join them when its init context runs, in the {@link TestRun} this makes (an
 * archive's frozen options stand for them).
 *
 * @param script            what the script argument is
 * @param env               the script's {@code __ENV}
 * @param fromConfigFile    the {@code --config} file's options (empty without one)
 * @param outputConfigs     the {@code --config} file's {@code collectors}: raw JSON by output name
 * @param higher            {@code K6_*} variables, then flags, over the script's options
 * @param compatibilityMode {@code --compatibility-mode} or {@code K6_COMPATIBILITY_MODE}, checked
 * @param includeSystemEnv  {@code --include-system-env-vars}: the process's variables are in {@code env}
 * @param runtime           a run's runtime options, checked; null for a command that does not run the test
 */
record LoadedScript(ScriptArgument script, Map<String, String> env, OptionLayer fromConfigFile,
        Map<String, String> outputConfigs, OptionLayer higher, String compatibilityMode, boolean includeSystemEnv,
        RuntimeOptions runtime) {

    /** A run of this test: {@link TestRun#run} runs it, {@link TestRun#initOnce} only evaluates its init context. */
    TestRun newRun(Engine js, ModuleRegistry modules, RunLog log, RunListener listener, RunOutputs outputs) {
        TestRun run = new TestRun(js, modules, script.script(), script.files(), env, higher, log, listener, outputs)
                .configFile(fromConfigFile);
        if (script.frozenOptions() != null) {
            run.useFrozenOptions(script.frozenOptions());
        }
        return run;
    }
}
