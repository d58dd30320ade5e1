package io.jk6.shell;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import io.jk6.support.components.InactiveComponent;
import io.jk6.support.components.InactiveComponents;
import java.util.List;
import java.util.Locale;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/** {@code jk6:modules}, {@code jk6:outputs} and {@code jk6:version}: what this jk6 offers now. */
@Component(service = ServiceCommands.class, property = {
        "osgi.command.scope=jk6",
        "osgi.command.function=modules",
        "osgi.command.function=outputs",
        "osgi.command.function=version"})
public final class ServiceCommands {

    private final BundleContext context;
    /**
     * SCR, to list the components that would serve a module or output but are not active. Optional
     * and dynamic: without it the commands list what is registered, as they always did.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime componentRuntime;

    @Activate
    public ServiceCommands(BundleContext context) {
        this.context = context;
    }

    @Descriptor("list the JS modules scripts can import: name, providing bundle, version, built-in or from deploy/;"
            + " then the module components that are not active, and why")
    public String modules() {
        return list(JsModule.class.getName(), ModuleName.PROPERTY, "MODULE");
    }

    @Descriptor("list the outputs --out can name: name, providing bundle, version, built-in or from deploy/;"
            + " then the output components that are not active, and why")
    public String outputs() {
        return list(OutputFactory.class.getName(), OutputName.PROPERTY, "OUTPUT");
    }

    private String list(String serviceClass, String nameProperty, String nameColumn) {
        ServiceComponentRuntime scr = componentRuntime;
        List<InactiveComponent> inactive = scr == null ? List.of() : InactiveComponents.find(scr, serviceClass, nameProperty);
        return NamedServiceList.table(NamedServiceList.find(context, serviceClass, nameProperty, inactive), nameColumn);
    }

    @Descriptor("show the versions of jk6, Java, the OSGi framework and the Gogo shell")
    public String version() {
        String arch = System.getProperty("os.arch").equals("x86_64") ? "amd64" : System.getProperty("os.arch");
        StringBuilder out = new StringBuilder();
        out.append(String.format("jk6 v%s (java %s, %s/%s)%n", property("jk6.version", "unknown"), Runtime.version(),
                System.getProperty("os.name").toLowerCase(Locale.ROOT), arch));
        Bundle system = context.getBundle(0);
        out.append(String.format("OSGi framework %s %s%n", system.getSymbolicName(), system.getVersion()));
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && name.startsWith("org.apache.felix.gogo.")) {
                out.append(String.format("%s %s%n", name, bundle.getVersion()));
            }
        }
        return out.toString().stripTrailing();
    }

    private String property(String name, String fallback) {
        String value = context.getProperty(name);
        return value == null ? fallback : value;
    }
}
