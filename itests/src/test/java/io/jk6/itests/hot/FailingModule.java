package io.jk6.itests.hot;

import java.util.Map;

/**
 * A JS module whose activation always throws, as an extension that cannot reach its database
 * would: {@code jk6:modules} must say so. Its component description is written by
 * {@link io.jk6.itests.DeployFolder}.
 */
public class FailingModule extends HotModule {

    /** The message the tests look for in jk6:modules and jk6 run's errors. */
    public static final String FAILURE = "no database at db.example:5432";

    @Override
    protected void activate(Map<String, Object> properties) {
        throw new IllegalStateException(FAILURE);
    }
}
