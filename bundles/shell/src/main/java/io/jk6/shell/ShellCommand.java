package io.jk6.shell;

import io.jk6.launcher.spi.Command;
import io.jk6.launcher.spi.Invocation;
import java.util.List;
import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code jk6 shell}: the Gogo shell on the process's console. Interactive on a terminal; with
 * {@code -c 'command'} it runs one command and exits with its status; with stdin that is not a
 * terminal it runs each line. It listens on no network port. Also the {@code jk6:exit} command.
 */
@Component(service = {Command.class, ShellCommand.class}, property = {
        Command.NAME + "=shell",
        "osgi.command.scope=jk6",
        "osgi.command.function=exit"})
public final class ShellCommand implements Command {

    /** Where unqualified command names are looked up first: {@code run} is {@code jk6:run}. */
    static final String SCOPE = "jk6:gogo:*";
    /**
     * The Gogo script sourced at start, {@code JK6_HOME/etc/jk6_profile} if there is one (jk6
     * ships none: the prompt and scope are set in code, and Gogo's own profile prints its banner).
     */
    static final String PROFILE = "jk6_profile";
    private static final int USAGE = 255;

    private final BundleContext context;
    private final CommandProcessor processor;
    private final BackgroundRuns runs;
    private final GogoJlineCommands gogo;
    /** The shell reading commands without a terminal, if one runs: {@code exit} ends it too. */
    private volatile ScriptedShell scripted;

    @Activate
    public ShellCommand(BundleContext context, @Reference CommandProcessor processor, @Reference BackgroundRuns runs) {
        this.context = context;
        this.processor = processor;
        this.runs = runs;
        this.gogo = new GogoJlineCommands(context, processor, new Shell.Context() {
            @Override
            public String getProperty(String name) {
                String home = context.getProperty("jk6.home");
                return name.equals("gosh.home") && home != null ? home : context.getProperty(name);
            }

            @Override
            public void exit() {
                gogo().shell().stop();
            }
        });
    }

    private GogoJlineCommands gogo() {
        return gogo;
    }

    @Deactivate
    void deactivate() {
        gogo.unregister();
    }

    @Override
    public int execute(Invocation invocation) {
        List<String> args = invocation.args();
        ScriptedShell scripted = new ScriptedShell(processor, runs, invocation.out(), invocation.err(),
                invocation.workingDirectory());
        this.scripted = scripted;
        invocation.onInterrupt(scripted::interrupt);
        try {
            if (args.isEmpty()) {
                return invocation.isTerminal()
                        ? new InteractiveShell(processor, gogo.shell(), runs, invocation.workingDirectory()).run()
                        : scripted.runLines(System.in);
            }
            String first = args.get(0);
            if (first.equals("-h") || first.equals("--help")) {
                usage(invocation);
                return 0;
            }
            if ((first.equals("-c") || first.equals("--command")) && args.size() > 1) {
                return scripted.runOne(String.join(" ", args.subList(1, args.size())));
            }
            invocation.err().println("jk6 shell: " + (first.startsWith("-c") || first.equals("--command")
                    ? first + " needs a command" : "unknown argument " + first));
            invocation.err().println("Usage: jk6 shell [-c 'command']   (jk6 shell --help)");
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ScriptedShell.EXTERNAL_ABORT;
        } catch (Exception e) {
            invocation.err().println("jk6 shell: " + ScriptedShell.message(e));
            return 1;
        }
    }

    @Descriptor("leave the shell (as Ctrl-D); on a terminal, tests still running are stopped and their summaries"
            + " printed; with piped commands, no more lines are read and running tests are waited for")
    public void exit() {
        gogo.shell().stop();
        ScriptedShell s = scripted;
        if (s != null) {
            s.exit();
        }
    }

    private static void usage(Invocation invocation) {
        invocation.out().println("""
                Start an Apache Felix Gogo shell with jk6's commands.

                Usage:
                  jk6 shell                 interactive on a terminal; commands from stdin otherwise
                  jk6 shell -c 'command'    run one command, exit with its status

                jk6 commands (help NAME for their parameters):
                  jk6:modules   JS modules: name, bundle, version, built-in or from deploy/, why not active
                  jk6:outputs   outputs: name, bundle, version, built-in or from deploy/, why not active
                  jk6:run       start a test in the background, with jk6 run's flags
                  jk6:status    running tests: id, script, elapsed, VUs, iterations, req/s
                  jk6:stop      stop a test (or all), as Ctrl-C does
                  jk6:inspect   a script's options and the modules it imports
                  jk6:deploy    copy a bundle into deploy/
                  jk6:undeploy  remove a bundle from deploy/
                  jk6:version   versions
                Gogo's and Felix's commands are there too: help, lb, scr:list, ...""");
    }
}
