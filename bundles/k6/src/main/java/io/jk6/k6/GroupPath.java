package io.jk6.k6;

import io.jk6.k6.common.ScriptError;

/**
 * k6's group paths: the root group is {@code ""}, {@code group('a')} is {@code ::a} and a group
 * {@code b} inside it is {@code ::a::b}. The path is the value of the {@code group} tag.
 */
final class GroupPath {

    /** The separator between group names, which is why names may not contain it. */
    static final String SEPARATOR = "::";

    /** The path outside every group. */
    static final String ROOT = "";

    /** k6's {@code lib.ErrNameContainsGroupSeparator}. */
    static final String NAME_CONTAINS_SEPARATOR = "group and check names may not contain '" + SEPARATOR + "'";

    private GroupPath() {
    }

    /** The path of group {@code name} inside the group at {@code parent}, as k6's {@code lib.NewGroupPath}. */
    static String child(String parent, String name) {
        requireValidName(name);
        if (ROOT.equals(parent) && ROOT.equals(name)) {
            return ROOT;
        }
        return parent + SEPARATOR + name;
    }

    /** Group and check names end up in the group path or next to it: both refuse the separator. */
    static void requireValidName(String name) {
        if (name.contains(SEPARATOR)) {
            throw new ScriptError(NAME_CONTAINS_SEPARATOR);
        }
    }
}
