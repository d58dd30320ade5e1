package io.jk6.api.runner;

/**
 * How often one check of a running test passed and failed so far.
 *
 * @param groupPath the group it ran in: {@code ""} for the root, {@code ::login::step} for nested groups
 * @param name      the check's name
 * @param passes    times it was true
 * @param fails     times it was false
 */
public record CheckCount(String groupPath, String name, long passes, long fails) {

    /** k6's check path: the group path, {@code ::}, the name. */
    public String path() {
        return groupPath + "::" + name;
    }
}
