package io.jk6.engine.run;

import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.ExecutionPlan;

/** What a {@link TestRun} tells the command line while it runs (banner, progress). */
public interface RunListener {

    /** Options are known and valid; VUs are about to be initialized. */
    default void planned(ExecutionPlan plan, OptionLayer options) {
    }

    /** {@code count} VUs have run their init context, which took {@code duration}. */
    default void initialized(int count, java.time.Duration duration) {
    }

    /** The scenarios start; {@link ExecutionState#scenarios()} lists them. */
    default void started(ExecutionState execution) {
    }

    /** Every scenario has ended. */
    default void finished(ExecutionState execution) {
    }
}
