package io.jk6.engine.js;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.VU;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** A module for tests: counts calls and tells which VU called. */
public final class ProbeModule implements JsModule {

    public final AtomicInteger calls = new AtomicInteger();
    public final AtomicInteger instances = new AtomicInteger();
    public final AtomicInteger closed = new AtomicInteger();
    /** Every {@code (executor, scenario iteration)} that {@link Instance#recordScenarioIteration()} saw. */
    public final Queue<String> scenarioIterations = new ConcurrentLinkedQueue<>();

    /** A registry holding only this module, as {@code k6/x/probe}. */
    public static ModuleRegistry registryWith(ProbeModule probe) {
        ModuleRegistry registry = new ModuleRegistry();
        registry.add(new ModuleRegistry.Registration("k6/x/probe", probe, 1, "test"));
        return registry;
    }

    @Override
    public io.jk6.api.js.ModuleInstance newModuleInstance(VU vu) {
        instances.incrementAndGet();
        Instance instance = new Instance(vu);
        return new io.jk6.api.js.ModuleInstance() {
            @Override
            public io.jk6.api.js.Exports exports() {
                return io.jk6.api.js.Exports.ofDefault(instance);
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }

    /** What a script sees. */
    public final class Instance {
        private final VU vu;

        Instance(VU vu) {
            this.vu = vu;
        }

        public String hello(String name) {
            calls.incrementAndGet();
            return "hello " + name;
        }

        /** VUs must run on virtual threads: that is what makes 10k VUs cheap. */
        public boolean onVirtualThread() {
            return Thread.currentThread().isVirtual();
        }

        public long vuId() {
            return vu.state().map(s -> s.vuId()).orElse(-1L);
        }

        /** A module method that fails, as k6's fail() or a module refusing its arguments. */
        public void refuse(String why) {
            throw new IllegalArgumentException(why);
        }

        /** The same from a function that is a proxy, as most built-in module functions are. */
        public org.graalvm.polyglot.proxy.ProxyExecutable refuser() {
            return args -> {
                throw new IllegalArgumentException(args[0].asString());
            };
        }

        public void abortTest(String reason) {
            vu.abortTest(reason);
        }

        public void failTest(String reason) {
            vu.failTest(reason);
        }

        /** Blocks the VU as a sleep() would (the k6 module is not there in engine tests). */
        public void pause(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }

        public String scenario() {
            return vu.state().map(s -> s.scenario()).orElse("");
        }

        public void recordScenarioIteration() {
            vu.state().ifPresent(s -> scenarioIterations.add(s.executor() + " " + s.scenarioIteration()));
        }
    }
}
