package io.jk6.engine.summary;

import io.jk6.engine.metrics.CheckResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * k6's group tree rebuilt from the group paths of the checks, in first-seen order: the root
 * group ({@code name} and {@code path} empty), its sub-groups and each group's checks.
 */
record GroupTree(String name, String path, Map<String, GroupTree> groups, List<CheckResult> checks) {

    static GroupTree of(List<CheckResult> checks) {
        GroupTree root = new GroupTree("", "", new LinkedHashMap<>(), new ArrayList<>());
        for (CheckResult c : checks) {
            GroupTree group = root;
            if (!c.groupPath().isEmpty()) {
                String[] names = c.groupPath().substring(c.groupPath().startsWith("::") ? 2 : 0).split("::", -1);
                for (String name : names) {
                    GroupTree parent = group;
                    group = parent.groups.computeIfAbsent(name,
                            n -> new GroupTree(n, parent.path + "::" + n, new LinkedHashMap<>(), new ArrayList<>()));
                }
            }
            group.checks.add(c);
        }
        return root;
    }
}
