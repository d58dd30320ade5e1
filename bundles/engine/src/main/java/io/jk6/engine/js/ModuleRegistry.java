package io.jk6.engine.js;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
import io.jk6.support.components.InactiveComponent;
import io.jk6.support.components.InactiveComponents;
import io.jk6.engine.registry.NamedServices;
import io.jk6.engine.registry.Rank;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link JsModule} service, by import name. The engine knows no module by name: the
 * built-in ones are services like any extension's. Services come and go while the framework
 * runs; a script sees the modules present when its VU imports them.
 */
@Component(service = ModuleRegistry.class)
public final class ModuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);

    /** Names of third-party modules start with this, as in k6. */
    public static final String EXTENSION_PREFIX = "k6/x/";
    /** Other names ({@code k6}, {@code k6/http}, ...) are served only by jk6's own bundles. */
    private static final String CORE_BUNDLE_PREFIX = "io.jk6.";

    private final NamedServices<Registration> modules;
    /**
     * In a run's view ({@link #forRun()}), what its VUs got per name; null in the registry itself.
     * A run keeps the module it started with even if another bundle takes the name over meanwhile
     * (a higher version dropped into deploy/): VUs it initializes later get the same one.
     */
    private final Map<String, Registration> pinned;
    /** The registry a run's view belongs to (SCR's view of components is there); null in the registry. */
    private final ModuleRegistry shared;

    public ModuleRegistry() {
        this.modules = new NamedServices<>("JS module");
        this.pinned = null;
        this.shared = null;
    }

    private ModuleRegistry(ModuleRegistry shared) {
        this.modules = shared.modules;
        this.pinned = new ConcurrentHashMap<>();
        this.shared = shared;
    }

    /** A view for one run: the first module it gets per name stays its module while it is registered. */
    public ModuleRegistry forRun() {
        return new ModuleRegistry(shared == null ? this : shared);
    }

    /**
     * SCR's view of the components, to say why a module a script imports is not there; optional:
     * absent outside OSGi (tests, embedding), and an error message must not wait for it.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime componentRuntime;

    /** One module service and where it came from; {@code rank} decides between two with one name. */
    public record Registration(String name, JsModule module, long serviceId, String provider, Rank rank)
            implements NamedServices.Named {

        /** Outside OSGi: no bundle to rank it by. */
        public Registration(String name, JsModule module, long serviceId, String provider) {
            this(name, module, serviceId, provider, Rank.NONE);
        }

        @Override
        public Object service() {
            return module;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindModule(JsModule module, ServiceReference<JsModule> reference) {
        Object name = reference.getProperty(ModuleName.PROPERTY);
        String provider = NamedServices.provider(reference);
        if (!(name instanceof String moduleName) || moduleName.isBlank()) {
            LOG.warn("JS module {} from {} ignored: it has no {} service property (use @ModuleName)",
                    module.getClass().getName(), provider, ModuleName.PROPERTY);
            return;
        }
        Bundle bundle = reference.getBundle();
        String symbolicName = bundle == null ? "" : String.valueOf(bundle.getSymbolicName());
        if (!moduleName.startsWith(EXTENSION_PREFIX) && !symbolicName.startsWith(CORE_BUNDLE_PREFIX)) {
            LOG.error("JS module \"{}\" from {} refused: extension module names start with {}"
                    + " (other names are jk6's built-in modules)", moduleName, provider, EXTENSION_PREFIX);
            return;
        }
        long serviceId = ((Number) reference.getProperty("service.id")).longValue();
        add(new Registration(moduleName, module, serviceId, provider, Rank.of(reference)));
    }

    void unbindModule(JsModule module, ServiceReference<JsModule> reference) {
        if (reference.getProperty(ModuleName.PROPERTY) instanceof String moduleName) {
            modules.remove(moduleName, module);
        }
    }

    /** Adds a module outside OSGi (tests, embedding). */
    public void add(Registration registration) {
        modules.add(registration);
    }

    /** The module serving this import name (in a run's view: the one the run got first, while it is there). */
    public Optional<Registration> find(String name) {
        if (pinned == null) {
            return modules.find(name);
        }
        Registration pin = pinned.get(name);
        if (pin != null && modules.has(pin)) {
            return Optional.of(pin);
        }
        Optional<Registration> now = modules.find(name);
        now.ifPresentOrElse(registration -> pinned.put(name, registration), () -> pinned.remove(name));
        return now;
    }

    /** A component declaring this module that is not active (and why), if SCR knows one. */
    public Optional<InactiveComponent> inactive(String name) {
        ServiceComponentRuntime scr = shared == null ? componentRuntime : shared.componentRuntime;
        if (scr == null) {
            return Optional.empty();
        }
        return InactiveComponents.find(scr, JsModule.class.getName(), ModuleName.PROPERTY).stream()
                .filter(component -> component.name().equals(name)).findFirst();
    }

    /** The error for a script importing {@code name}, which nothing serves now. */
    public UnknownModuleException unknown(String name) {
        return new UnknownModuleException(name, names(), inactive(name));
    }

    /** The names scripts can import now, sorted. */
    public SortedSet<String> names() {
        return modules.names();
    }
}
