package io.jk6.engine.executor;

import io.jk6.engine.config.ScenarioOptions;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** k6's executor names and how each reads its options: the registry {@code options.scenarios} is read with. */
public final class ExecutorTypes {

    private static final Map<String, Function<ScenarioOptions, Executor>> TYPES = new TreeMap<>(Map.of(
            ConstantArrivalRate.TYPE, ConstantArrivalRate::fromOptions,
            ConstantVus.TYPE, ConstantVus::fromOptions,
            ExternallyControlled.TYPE, ExternallyControlled::fromOptions,
            PerVuIterations.TYPE, PerVuIterations::fromOptions,
            RampingArrivalRate.TYPE, RampingArrivalRate::fromOptions,
            RampingVus.TYPE, RampingVus::fromOptions,
            SharedIterations.TYPE, SharedIterations::fromOptions));

    private ExecutorTypes() {
    }

    /** The executor names, sorted. */
    public static Set<String> names() {
        return TYPES.keySet();
    }

    /**
     * Reads the executor's options ({@code executor} itself is read already); problems go to
     * the options' error list.
     *
     * @throws IllegalArgumentException for a name not in {@link #names()}
     */
    public static Executor read(String type, ScenarioOptions options) {
        Function<ScenarioOptions, Executor> reader = TYPES.get(type);
        if (reader == null) {
            throw new IllegalArgumentException("unknown executor " + type);
        }
        return reader.apply(options);
    }
}
