package io.jk6.engine.output;

import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import java.util.Optional;
import java.util.SortedSet;
import io.jk6.engine.registry.NamedServices;
import io.jk6.engine.registry.Rank;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link OutputFactory} service, by output name ({@code --out NAME}). As with JS modules
 * the engine knows no output by name: {@code json} is a service of the outputs bundle like any
 * extension's. Two factories with one name: the higher bundle version serves it, then the lower
 * bundle id ({@link NamedServices}); the other takes over when it leaves.
 */
@Component(service = OutputRegistry.class)
public final class OutputRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(OutputRegistry.class);

    private final NamedServices<Registration> outputs = new NamedServices<>("output");

    /** One output factory service and where it came from. */
    public record Registration(String name, OutputFactory factory, String provider, Rank rank)
            implements NamedServices.Named {

        /** Outside OSGi: no bundle to rank it by. */
        public Registration(String name, OutputFactory factory, String provider) {
            this(name, factory, provider, Rank.NONE);
        }

        @Override
        public Object service() {
            return factory;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindOutputFactory(OutputFactory factory, ServiceReference<OutputFactory> reference) {
        Object name = reference.getProperty(OutputName.PROPERTY);
        String provider = NamedServices.provider(reference);
        if (!(name instanceof String outputName) || outputName.isBlank()) {
            LOG.warn("output factory {} from {} ignored: it has no {} service property (use @OutputName)",
                    factory.getClass().getName(), provider, OutputName.PROPERTY);
            return;
        }
        add(new Registration(outputName, factory, provider, Rank.of(reference)));
    }

    void unbindOutputFactory(OutputFactory factory, ServiceReference<OutputFactory> reference) {
        if (reference.getProperty(OutputName.PROPERTY) instanceof String outputName) {
            outputs.remove(outputName, factory);
        }
    }

    /** Adds a factory outside OSGi (tests, embedding). */
    public void add(Registration registration) {
        outputs.add(registration);
    }

    /** The factory serving this output name. */
    public Optional<Registration> find(String name) {
        return outputs.find(name);
    }

    /** The names {@code --out} accepts now, sorted. */
    public SortedSet<String> names() {
        return outputs.names();
    }
}
