package io.jk6.shell;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code jk6:inspect}: the options {@code jk6 inspect} prints (the engine's command, k6's JSON),
 * then the modules the script imports, each with the bundle that would serve it, or "missing".
 */
@Component(service = InspectCommands.class, property = {
        "osgi.command.scope=jk6",
        "osgi.command.function=inspect"})
public final class InspectCommands {

    private final BundleContext context;

    @Activate
    public InspectCommands(BundleContext context) {
        this.context = context;
    }

    @Descriptor("show a script's resolved options (as jk6 inspect / k6 inspect print them) and the modules it imports,"
            + " each with the bundle that serves it or \"missing\"")
    public String inspect(CommandSession session,
            @Descriptor("jk6 inspect's flags (-e, -u, -d, -i, -s, --execution-requirements), then the script (.js)")
            String... args) throws IOException {
        PrintStream out = ShellStreams.out(session);
        int code = EngineCommands.call(context, "inspect", command -> command.execute(
                new SessionInvocation(List.of(args), out, ShellStreams.err(session), session.currentDir())));
        String script = script(args);
        Path file = script == null ? null : session.currentDir().resolve(script);
        String modules = file == null || !Files.isRegularFile(file) ? null : modules(ImportScanner.modules(file));
        if (code != 0) {
            // a script that imports a missing module fails to load: the table says which
            if (modules != null) {
                out.println(modules);
            }
            throw new CommandFailure(code, "jk6:inspect ended with exit code " + code);
        }
        return modules;
    }

    String modules(Set<String> imported) {
        if (imported.isEmpty()) {
            return "The script imports no modules.";
        }
        List<NamedServiceList.Entry> available = NamedServiceList.find(context, JsModule.class.getName(), ModuleName.PROPERTY);
        return table(imported, available);
    }

    static String table(Set<String> imported, List<NamedServiceList.Entry> available) {
        Table table = new Table("MODULE", "BUNDLE", "VERSION", "FROM");
        for (String name : imported) {
            NamedServiceList.Entry entry = available.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
            if (entry == null) {
                table.row(name, "missing", "-", "-");
            } else {
                table.row(name, entry.bundle(), entry.version(), entry.from());
            }
        }
        return table.toString();
    }

    /** The script argument: the last one that is not a flag. */
    private static String script(String[] args) {
        for (int i = args.length - 1; i >= 0; i--) {
            if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }
}
