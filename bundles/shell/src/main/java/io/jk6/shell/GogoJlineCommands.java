package io.jk6.shell;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import org.apache.felix.gogo.jline.Builtin;
import org.apache.felix.gogo.jline.Converters;
import org.apache.felix.gogo.jline.Posix;
import org.apache.felix.gogo.jline.Procedural;
import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Gogo's own commands ({@code gogo:help}, {@code gosh}, {@code echo}, {@code grep}, {@code each},
 * {@code history}, ...), which gogo.jline's activator would register. jk6 does not start that
 * bundle (its activator opens the console by itself); it registers the same command objects
 * here, with the same scope and function names.
 */
final class GogoJlineCommands {

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final Shell shell;

    GogoJlineCommands(BundleContext context, CommandProcessor processor, Shell.Context shellContext) {
        this.shell = new Shell(shellContext, processor, null, ShellCommand.PROFILE);
        registrations.add(context.registerService(Converter.class.getName(),
                new Converters(context.getBundle(0).getBundleContext()), null));
        register(context, new Builtin());
        register(context, new Procedural());
        register(context, new Posix(processor));
        register(context, shell);
    }

    /** The gosh shell these commands belong to (its {@code gosh}, {@code sh}, {@code source}, {@code help}). */
    Shell shell() {
        return shell;
    }

    private void register(BundleContext context, Object commands) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(CommandProcessor.COMMAND_SCOPE, "gogo");
        properties.put(CommandProcessor.COMMAND_FUNCTION, functions(commands.getClass()));
        registrations.add(context.registerService(commands.getClass().getName(), commands, properties));
    }

    /** Each class lists its command names in a static field {@code functions} (package-private in gogo.jline 1.1). */
    private static String[] functions(Class<?> type) {
        try {
            Field field = type.getDeclaredField("functions");
            field.setAccessible(true);
            return ((String[]) field.get(null)).clone();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("gogo.jline's " + type.getSimpleName() + " has no command list", e);
        }
    }

    void unregister() {
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        registrations.clear();
    }
}
