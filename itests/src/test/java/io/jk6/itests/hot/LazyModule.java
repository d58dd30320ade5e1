package io.jk6.itests.hot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A {@link HotModule} with a code path a run reaches late: {@link #late()} is the first use of the
 * class {@link Late}, so its class loader loads it only then. A run that started with this bundle
 * and reaches {@code late()} after the jar was replaced needs the old revision's class loader
 * still working. {@link #touch} and {@link #await} let the test and the script take turns.
 */
public class LazyModule extends HotModule {

    /** How long a VU waits for the test's signal before it gives up (the test then fails). */
    private static final long WAIT_SECONDS = 60;

    /** Writes an empty file: tells the test the VU got here. */
    public boolean touch(String path) throws java.io.IOException {
        Files.writeString(Path.of(path), "");
        return true;
    }

    /** Waits until the test creates {@code path}; false if it never does. */
    public boolean await(String path) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!Files.exists(Path.of(path))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Loads {@link Late} (for the first time in this class loader) and answers through it. */
    public String late() {
        return new Late(version()).describe();
    }

    /** Never loaded before {@link #late()} runs. */
    static final class Late {
        private final String version;

        Late(String version) {
            this.version = version;
        }

        String describe() {
            return "late " + version;
        }
    }
}
