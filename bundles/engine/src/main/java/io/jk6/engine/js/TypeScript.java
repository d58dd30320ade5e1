package io.jk6.engine.js;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Runs {@code .ts} files as k6 v1 does: the types are stripped, never checked. k6 uses esbuild;
 * jk6 runs sucrase's TypeScript transform (bundled in {@code sucrase.min.js}, built by
 * {@code tools/sucrase/build.sh}) in GraalJS on the shared engine, once per file and run.
 * Sucrase keeps every line where it was; its source map gives the columns back, so errors
 * point into the .ts source. Nothing of this is loaded for a run without .ts files.
 */
final class TypeScript {

    private static final String RESOURCE = "sucrase.min.js";
    private static final String OPTIONS = """
            (path) => ({
              transforms: ['typescript'],
              // GraalJS runs modern JS as it is: only TypeScript syntax is rewritten
              disableESTransforms: true,
              filePath: path,
              sourceMapOptions: { compiledFilename: path },
            })""";

    /** Column maps of the files transpiled in this process, by path: read when an error is reported. */
    private static final Map<String, ColumnMap> COLUMNS = new ConcurrentHashMap<>();
    private static volatile Source sucrase;

    private TypeScript() {
    }

    /** k6 strips types from every file named {@code *.ts}. */
    static boolean isTypeScript(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().endsWith(".ts");
    }

    /**
     * The JavaScript of a .ts file.
     *
     * @throws TypeScriptSyntaxError when the file is not valid TypeScript
     */
    static String transpile(Engine engine, Path file, String code) {
        String path = file.toString();
        // every Context of an engine must have the same host access
        try (Context context = Context.newBuilder("js").engine(engine).allowHostAccess(HostAccessPolicy.MODULES).build()) {
            context.eval(sucrase());
            Value transform = context.getBindings("js").getMember("__jk6_sucrase");
            Value result;
            try {
                result = transform.execute(code, context.eval("js", OPTIONS).execute(path));
            } catch (PolyglotException e) {
                throw syntaxError(file, code, e);
            }
            COLUMNS.put(path, ColumnMap.parse(result.getMember("sourceMap").getMember("mappings").asString()));
            return result.getMember("code").asString();
        }
    }

    /** The .ts source's column for a column of a transpiled file; unchanged for other files. */
    static int originalColumn(String path, int line, int column) {
        ColumnMap map = path == null ? null : COLUMNS.get(path);
        return map == null ? column : map.originalColumn(line, column);
    }

    private static TypeScriptSyntaxError syntaxError(Path file, String code, PolyglotException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage();
        // sucrase: "Error transforming /path/a.ts: Unexpected token (2:10)"; pos is a 0-based offset
        int at = message.indexOf("Error transforming " + file + ": ");
        if (at >= 0) {
            message = message.substring(at + ("Error transforming " + file + ": ").length());
        }
        message = message.replaceFirst(" \\(\\d+:\\d+\\)$", "");
        int line = 1;
        int column = 1;
        Value error = e.getGuestObject();
        if (error != null && error.hasMember("pos") && error.getMember("pos").fitsInInt()) {
            int pos = Math.min(error.getMember("pos").asInt(), code.length());
            for (int i = 0; i < pos; i++) {
                if (code.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        }
        return new TypeScriptSyntaxError(file, line, column, message);
    }

    private static Source sucrase() {
        Source source = sucrase;
        if (source == null) {
            try (InputStream in = TypeScript.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the engine bundle");
                }
                // cached: the engine parses it once, every later transpile reuses that
                source = Source.newBuilder("js", new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE)
                        .cached(true).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sucrase = source;
        }
        return source;
    }

    /** A .ts file that does not parse; its location is in the .ts source. */
    static final class TypeScriptSyntaxError extends RuntimeException {

        private final Path file;
        private final int line;
        private final int column;

        TypeScriptSyntaxError(Path file, int line, int column, String message) {
            super(message);
            this.file = file;
            this.line = line;
            this.column = column;
        }

        /** {@code SyntaxError: dir/a.ts:2:10: Unexpected token}, the file relative to {@code base}. */
        String describe(Path base) {
            Path shown = base != null && file.startsWith(base) ? base.relativize(file) : file;
            return "SyntaxError: " + shown + ":" + line + ":" + column + ": " + getMessage();
        }
    }
}
