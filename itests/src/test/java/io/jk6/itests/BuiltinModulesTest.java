package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
import io.jk6.api.runner.TestRunner;
import io.jk6.launcher.spi.Command;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * In a real Felix framework with SCR, the shipped bundles publish the built-in JS modules and
 * the {@code run} command as services: the engine finds them the way it finds any extension.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class BuiltinModulesTest {

    static final long TIMEOUT = 30_000;

    @InjectService(filter = "(" + ModuleName.PROPERTY + "=k6)", timeout = TIMEOUT)
    ServiceAware<JsModule> k6;

    @InjectService(filter = "(" + ModuleName.PROPERTY + "=k6/metrics)", timeout = TIMEOUT)
    ServiceAware<JsModule> k6Metrics;

    @InjectService(filter = "(" + ModuleName.PROPERTY + "=k6/http)", timeout = TIMEOUT)
    ServiceAware<JsModule> k6Http;

    @InjectService(filter = "(" + ModuleName.PROPERTY + "=k6/html)", timeout = TIMEOUT)
    ServiceAware<JsModule> k6Html;

    @InjectService(filter = "(" + ModuleName.PROPERTY + "=k6/ws)", timeout = TIMEOUT)
    ServiceAware<JsModule> k6Ws;

    @InjectService(filter = "(" + ModuleName.PROPERTY + "=k6/websockets)", timeout = TIMEOUT)
    ServiceAware<JsModule> k6WebSockets;

    @InjectService(filter = "(" + ModuleName.PROPERTY + "=k6/experimental/websockets)", timeout = TIMEOUT)
    ServiceAware<JsModule> k6ExperimentalWebSockets;

    @InjectService(filter = "(" + ModuleName.PROPERTY + "=k6/net/grpc)", timeout = TIMEOUT)
    ServiceAware<JsModule> k6Grpc;

    @InjectService(filter = "(" + ModuleName.PROPERTY + "=k6/experimental/grpc)", timeout = TIMEOUT)
    ServiceAware<JsModule> k6ExperimentalGrpc;

    @InjectService(filter = "(" + Command.NAME + "=run)", timeout = TIMEOUT)
    ServiceAware<Command> runCommand;

    @InjectService(timeout = TIMEOUT)
    ServiceAware<TestRunner> testRunner;

    @Test
    void moduleK6IsAServiceOfTheK6Bundle() {
        assertProvidedBy(k6, "k6", "io.jk6.k6");
    }

    @Test
    void moduleK6MetricsIsAServiceOfTheK6Bundle() {
        assertProvidedBy(k6Metrics, "k6/metrics", "io.jk6.k6");
    }

    @Test
    void moduleK6HttpIsAServiceOfTheHttpBundle() {
        assertProvidedBy(k6Http, "k6/http", "io.jk6.http");
    }

    @Test
    void moduleK6HtmlIsAServiceOfTheHttpBundle() {
        assertProvidedBy(k6Html, "k6/html", "io.jk6.http");
    }

    @Test
    void theGrpcModuleIsAServiceOfTheGrpcBundleUnderBothNames() {
        assertProvidedBy(k6Grpc, "k6/net/grpc", "io.jk6.grpc");
        assertProvidedBy(k6ExperimentalGrpc, "k6/experimental/grpc", "io.jk6.grpc");
    }

    @Test
    void theWebSocketModulesAreServicesOfTheWsBundle() {
        assertProvidedBy(k6Ws, "k6/ws", "io.jk6.ws");
        assertProvidedBy(k6WebSockets, "k6/websockets", "io.jk6.ws");
        assertProvidedBy(k6ExperimentalWebSockets, "k6/experimental/websockets", "io.jk6.ws");
    }

    @Test
    void theCliBundlePublishesTheRunCommandOnTheEnginesTestRunner() {
        ServiceReference<Command> ref = runCommand.getServiceReference();
        assertNotNull(ref, "no Command service with jk6.command=run");
        assertNotNull(runCommand.getService());
        assertEquals("run", ref.getProperty(Command.NAME));
        assertEquals("io.jk6.cli", ref.getBundle().getSymbolicName());
        assertEquals(Bundle.ACTIVE, ref.getBundle().getState());
        ServiceReference<TestRunner> runner = testRunner.getServiceReference();
        assertNotNull(runner, "no TestRunner service");
        assertEquals("io.jk6.engine", runner.getBundle().getSymbolicName());
        assertEquals(List.of(runner), List.of(ref.getBundle().getServicesInUse()).stream()
                .filter(r -> r.equals(runner)).toList(), "the run command uses the engine's TestRunner");
    }

    private static void assertProvidedBy(ServiceAware<JsModule> module, String name, String bundle) {
        ServiceReference<JsModule> ref = module.getServiceReference();
        assertNotNull(ref, "no JsModule service named " + name);
        assertNotNull(module.getService(), "JsModule " + name + " did not activate");
        assertEquals(name, ref.getProperty(ModuleName.PROPERTY));
        assertEquals(bundle, ref.getBundle().getSymbolicName());
    }
}
