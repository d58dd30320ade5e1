package io.jk6.k6;

import io.jk6.api.js.VU;
import io.jk6.k6.common.JsValues;
import java.util.Random;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * {@code randomSeed(seed)}: makes this VU's {@code Math.random()} a repeatable sequence.
 *
 * <p>k6 swaps the random source of the VU's runtime; GraalJS has no such hook, so this replaces
 * {@code Math.random} in the VU's own context with a seeded generator. The same seed gives the
 * same sequence on every run, but not the sequence k6 (Go's math/rand) gives.
 */
final class RandomSeedFunction implements ProxyExecutable {

    private final VU vu;

    RandomSeedFunction(VU vu) {
        this.vu = vu;
    }

    @Override
    public Object execute(Value... args) {
        double seed = JsValues.number(JsValues.arg(args, 0));
        Random random = new Random(Double.isNaN(seed) ? 0 : (long) seed);
        ProxyExecutable nextDouble = ignored -> random.nextDouble();
        vu.runtime().getBindings("js").getMember("Math").putMember("random", nextDouble);
        return null;
    }
}
