package io.jk6.engine.js;

import io.jk6.api.js.InitEnvironment;
import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.SampleContainer;
import java.util.Optional;
import org.graalvm.polyglot.Context;

/** A VU outside any run: no state, no metrics. */
final class NoVu implements VU {
    @Override
    public Optional<VUState> state() {
        return Optional.empty();
    }

    @Override
    public Optional<InitEnvironment> initEnv() {
        return Optional.empty();
    }

    @Override
    public MetricsRegistry metrics() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void push(SampleContainer samples) {
    }

    @Override
    public io.jk6.api.js.ExecutionState executionState() {
        throw new UnsupportedOperationException("no test run");
    }

    @Override
    public boolean isStopping() {
        return false;
    }

    @Override
    public void abortTest(String reason) {
        throw new io.jk6.api.js.TestAbortedException(reason == null ? "test aborted" : "test aborted: " + reason);
    }

    @Override
    public void failTest(String reason) {
    }

    @Override
    public Context runtime() {
        throw new UnsupportedOperationException();
    }

    @Override
    public java.util.function.Consumer<Runnable> registerCallback() {
        throw new UnsupportedOperationException();
    }
}
