package io.jk6.cli.rest;

import io.jk6.api.runner.CheckCount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * k6's group tree as its REST API shows it: the root group (name and path {@code ""}), the groups
 * the script ran ({@code group()}) and the checks in each. IDs are k6's: the hex MD5 of the path
 * ({@code ::outer::inner} for a group, the group's path, {@code ::} and the name for a check), so
 * the root's is {@code d41d8cd98f00b204e9800998ecf8427e} as in k6.
 */
final class ApiGroups {

    /** A group: its path and name, its checks, its parent's path (null for the root) and its children's paths. */
    record Group(String path, String name, String parentPath, List<String> children, List<CheckCount> checks) {

        String id() {
            return ApiGroups.id(path);
        }
    }

    private final Map<String, Group> byPath = new LinkedHashMap<>();

    private ApiGroups() {
    }

    /**
     * @param groupPaths paths of the groups the script ran, as the {@code group} tag writes them
     * @param checks     the checks so far, each with its group's path
     */
    static ApiGroups of(List<String> groupPaths, List<CheckCount> checks) {
        ApiGroups groups = new ApiGroups();
        groups.byPath.put("", new Group("", "", null, new ArrayList<>(), new ArrayList<>()));
        groupPaths.forEach(groups::add);
        for (CheckCount c : checks) {
            groups.add(c.groupPath()).checks().add(c);
        }
        return groups;
    }

    /** Every group, depth first from the root, as k6's {@code FlattenGroup}. */
    List<Group> flattened() {
        List<Group> out = new ArrayList<>();
        flatten(byPath.get(""), out);
        return out;
    }

    private void flatten(Group g, List<Group> out) {
        out.add(g);
        g.children().forEach(child -> flatten(byPath.get(child), out));
    }

    private Group add(String path) {
        Group known = byPath.get(path);
        if (known != null) {
            return known;
        }
        int cut = path.lastIndexOf("::");
        String parentPath = cut <= 0 ? "" : path.substring(0, cut);
        Group parent = add(parentPath);
        Group group = new Group(path, cut < 0 ? path : path.substring(cut + 2), parentPath, new ArrayList<>(),
                new ArrayList<>());
        byPath.put(path, group);
        parent.children().add(path);
        return group;
    }

    /** k6's ID of a group or check path: the hex MD5 of its bytes. */
    static String id(String path) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(path.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
