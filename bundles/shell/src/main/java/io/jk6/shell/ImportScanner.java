package io.jk6.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modules a script imports, read from its text without running it (so a missing module is
 * listed, not fatal): {@code import ... from 'x'}, {@code import 'x'}, {@code export ... from 'x'},
 * {@code import('x')} and {@code require('x')}, following relative imports into the script's own
 * files. Comments and strings are not code. Bare specifiers ({@code k6/http}, {@code k6/x/NAME}) are modules;
 * relative, absolute and URL specifiers are not. A specifier built at run time cannot be seen.
 */
final class ImportScanner {

    private static final Pattern SPECIFIER = Pattern.compile(
            "(?:\\bimport\\s*(?:[\\w*${}\\s,]+?\\s*from\\s*)?|\\bexport\\s*[\\w*${}\\s,]+?\\s*from\\s*"
                    + "|\\bimport\\s*\\(\\s*|\\brequire\\s*\\(\\s*)(['\"])(\\d+)\\1");

    private ImportScanner() {
    }

    /** Module names in the order first seen. */
    static Set<String> modules(Path script) throws IOException {
        Set<String> modules = new LinkedHashSet<>();
        Set<Path> seen = new HashSet<>();
        Deque<Path> files = new ArrayDeque<>();
        files.add(script.toAbsolutePath().normalize());
        while (!files.isEmpty()) {
            Path file = files.poll();
            if (!seen.add(file) || !Files.isRegularFile(file)) {
                continue;
            }
            for (String specifier : specifiers(Files.readString(file))) {
                if (specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/")) {
                    files.add(file.resolveSibling(specifier).normalize());
                } else if (!specifier.contains("://") && !specifier.startsWith("file:")) {
                    modules.add(specifier);
                }
            }
        }
        return modules;
    }

    static Set<String> specifiers(String source) {
        List<String> literals = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        Matcher m = SPECIFIER.matcher(code(source, literals));
        while (m.find()) {
            found.add(literals.get(Integer.parseInt(m.group(2))));
        }
        return found;
    }

    /**
     * The source with comments removed and each quoted string replaced by its number in
     * {@code literals} ({@code 'k6/http'} becomes {@code '0'}): an import written inside a string
     * or a comment is not an import. Template literals are dropped.
     */
    static String code(String s, List<String> literals) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (c == '\'' || c == '"' || c == '`') {
                int start = ++i;
                while (i < s.length() && s.charAt(i) != c && !(c != '`' && s.charAt(i) == '\n')) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                if (c != '`') {
                    literals.add(s.substring(start, Math.min(i, s.length())));
                    out.append(c).append(literals.size() - 1).append(c);
                }
                i = Math.min(i + 1, s.length());
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
