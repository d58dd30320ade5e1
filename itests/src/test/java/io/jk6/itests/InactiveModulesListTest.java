package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.itests.hot.FailingModule;
import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * {@code jk6:modules} lists the deployed module components that are not active, each with why
 * (an unsatisfied reference, a failed activation), and lists a module as active once the
 * service it was waiting for arrives.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class InactiveModulesListTest {

    static final String NEEDY = "k6/x/needy";
    static final String FAILING = "k6/x/failing";
    /** The reason SCR gives for the needy module until a DataSource with itest.db=orders is there. */
    static final String UNSATISFIED = "unsatisfied reference \"dataSource\" (javax.sql.DataSource, target (itest.db=orders))";

    private static final Pattern NEEDY_NOT_ACTIVE = row(NEEDY, "io.jk6.itests.needy", "NOT ACTIVE: " + UNSATISFIED);
    private static final Pattern FAILING_NOT_ACTIVE = row(FAILING, "io.jk6.itests.failing",
            "NOT ACTIVE: activation failed: java.lang.IllegalStateException: " + FailingModule.FAILURE);
    private static final Pattern NEEDY_ACTIVE = row(NEEDY, "io.jk6.itests.needy", "active");

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    CommandProcessor gogo;

    @Test
    void eachComponentThatIsNotActiveIsListedWithWhyUntilItIs() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        GogoShell shell = new GogoShell(gogo);
        ServiceRegistration<DataSource> dataSource = null;
        try {
            deployNeedyAndFailing(deploy);

            String listed = shell.awaitOutput("jk6:modules",
                    out -> NEEDY_NOT_ACTIVE.matcher(out).find() && FAILING_NOT_ACTIVE.matcher(out).find());
            assertEquals(1, count(listed, FAILING), () -> "a module whose activation failed is not also active:\n" + listed);
            assertTrue(listed.lines().anyMatch(l -> l.matches("k6\\s+io\\.jk6\\.k6\\s+\\S+\\s+\\S+\\s+active")),
                    () -> "the active modules come first, with their state:\n" + listed);

            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("itest.db", "orders");
            dataSource = context.registerService(DataSource.class, database(), properties);

            // and the failing one still listed with its failure: awaited too, as SCR passes it through a
            // state of its own (-1) while services change (the list read "state -1" once in the CI mirror)
            String satisfied = shell.awaitOutput("jk6:modules",
                    out -> NEEDY_ACTIVE.matcher(out).find() && FAILING_NOT_ACTIVE.matcher(out).find());
            assertEquals(1, count(satisfied, NEEDY), () -> "the needy module is listed once, as active:\n" + satisfied);
        } finally {
            if (dataSource != null) {
                dataSource.unregister();
            }
            deploy.remove("needy.jar");
            deploy.remove("failing.jar");
            Modules.awaitAbsent(context, Modules.filter(FAILING, null));
        }
    }

    /** The two extensions: one waits for a DataSource nobody provides, one throws on activation. */
    static void deployNeedyAndFailing(DeployFolder deploy) throws Exception {
        deploy.deployModuleNeeding("needy.jar", "io.jk6.itests.needy", NEEDY, "dataSource",
                DataSource.class.getName(), "(itest.db=orders)");
        deploy.deployFailingModule("failing.jar", "io.jk6.itests.failing", FAILING);
    }

    /** A line of jk6:modules: name, bundle, version, from deploy/, state. */
    private static Pattern row(String module, String bundle, String state) {
        return Pattern.compile("(?m)^" + Pattern.quote(module) + "\\s+" + Pattern.quote(bundle)
                + "\\s+1\\.0\\.0\\s+deploy/\\s+" + Pattern.quote(state) + "$");
    }

    private static long count(String output, String module) {
        return output.lines().filter(l -> l.startsWith(module + " ")).count();
    }

    /** A DataSource no one calls: the module only needs it to be there. */
    private static DataSource database() {
        return (DataSource) Proxy.newProxyInstance(InactiveModulesListTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "the itest's DataSource";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
