package io.jk6.engine.metrics;

import java.util.Objects;

/**
 * How often one check passed and failed.
 *
 * @param groupPath the k6 group path the check ran in: {@code ""} for the root group,
 *                  {@code "::login::step"} for nested groups
 * @param name      the check's name
 * @param passes    times it was true
 * @param fails     times it was false
 */
public record CheckResult(String groupPath, String name, long passes, long fails) {

    public CheckResult {
        Objects.requireNonNull(groupPath, "groupPath");
        Objects.requireNonNull(name, "name");
    }

    /** k6's check path: the group path, {@code ::}, the name. */
    public String path() {
        return groupPath + "::" + name;
    }
}
