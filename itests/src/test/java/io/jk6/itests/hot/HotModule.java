package io.jk6.itests.hot;

import io.jk6.api.js.JsModule;
import java.util.Map;

/**
 * The JS module of the bundles the tests build and drop into the deploy folder. Its component
 * description is written by {@link io.jk6.itests.DeployFolder} (no DS annotation: the tests
 * bundle itself must not publish it); {@code hot.version} tells which jar a script talks to.
 */
public class HotModule implements JsModule {

    private String version = "unknown";

    protected void activate(Map<String, Object> properties) {
        version = String.valueOf(properties.get("hot.version"));
    }

    /** The {@code hot.version} of the jar this module came from. */
    public String version() {
        return version;
    }

    /** Keeps the VU busy for a while, so a test can change the deploy folder during a run. */
    public String slow(int millis) throws InterruptedException {
        Thread.sleep(millis);
        return version;
    }
}
