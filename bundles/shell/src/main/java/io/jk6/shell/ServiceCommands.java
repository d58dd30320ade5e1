package io.jk6.shell;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import java.util.Locale;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@code jk6:modules}, {@code jk6:outputs} and {@code jk6:version}: what this jk6 offers now. */
@Component(service = ServiceCommands.class, property = {
        "osgi.command.scope=jk6",
        "osgi.command.function=modules",
        "osgi.command.function=outputs",
        "osgi.command.function=version"})
public final class ServiceCommands {

    private final BundleContext context;

    @Activate
    public ServiceCommands(BundleContext context) {
        this.context = context;
    }

    @Descriptor("list the JS modules scripts can import: name, providing bundle, version, built-in or from deploy/")
    public String modules() {
        return NamedServiceList.table(NamedServiceList.find(context, JsModule.class.getName(), ModuleName.PROPERTY), "MODULE");
    }

    @Descriptor("list the outputs --out can name: name, providing bundle, version, built-in or from deploy/")
    public String outputs() {
        return NamedServiceList.table(NamedServiceList.find(context, OutputFactory.class.getName(), OutputName.PROPERTY), "OUTPUT");
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
