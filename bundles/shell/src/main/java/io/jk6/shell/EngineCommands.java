package io.jk6.shell;

import io.jk6.launcher.spi.Command;
import java.util.Collection;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The engine's {@code jk6 <name>} commands (services with {@code jk6.command=NAME}), as the launcher finds them. */
final class EngineCommands {

    private EngineCommands() {
    }

    /** Runs {@code action} with the command service; fails when the engine does not offer it. */
    static int call(BundleContext context, String name, java.util.function.ToIntFunction<Command> action) {
        Collection<ServiceReference<Command>> references;
        try {
            references = context.getServiceReferences(Command.class, "(" + Command.NAME + "=" + name + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        ServiceReference<Command> reference = references.stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no bundle offers the \"" + name + "\" command (are io.jk6.cli and io.jk6.engine active? try lb)"));
        Command command = context.getService(reference);
        if (command == null) {
            throw new IllegalStateException("the \"" + name + "\" command has just gone away");
        }
        try {
            return action.applyAsInt(command);
        } finally {
            context.ungetService(reference);
        }
    }
}
