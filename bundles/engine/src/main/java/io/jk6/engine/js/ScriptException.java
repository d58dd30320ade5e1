package io.jk6.engine.js;

import java.nio.file.Path;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * A script failed: a syntax error, an exception thrown by JS, or a module error. The message
 * is k6-like: the JS error text, then {@code at fn (file:line:col)} frames.
 */
public final class ScriptException extends Exception {

    private final boolean syntaxError;

    public ScriptException(String message, boolean syntaxError, Throwable cause) {
        super(message, cause);
        this.syntaxError = syntaxError;
    }

    public boolean isSyntaxError() {
        return syntaxError;
    }

    /** Describes a polyglot failure with its location. */
    public static ScriptException from(PolyglotException e, Path scriptDirectory) {
        return new ScriptException(describe(e, scriptDirectory), isParseError(e), e);
    }

    /** {@code Error: boom\n\tat default (script.js:5:9)}: the message and the guest frames. */
    public static String describe(PolyglotException e, Path scriptDirectory) {
        StringBuilder text = new StringBuilder();
        if (isParseError(e)) {
            SourceSection at = e.getSourceLocation();
            text.append("SyntaxError: ");
            if (at != null) {
                text.append(location(at, scriptDirectory)).append(": ");
            }
            text.append(stripLocation(e.getMessage()));
            return text.toString();
        }
        text.append(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        int frames = 0;
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (!isUserFrame(frame)) {
                continue;
            }
            text.append("\n\tat ").append(frame(frame, scriptDirectory));
            if (++frames == 20) {
                break;
            }
        }
        return text.toString();
    }

    /**
     * A script that does not parse. GraalJS also calls a {@code SyntaxError} thrown while code
     * runs (by {@code JSON.parse}, {@code new RegExp}) a syntax error; that one has the frames of
     * the code that threw it and is an ordinary exception.
     */
    private static boolean isParseError(PolyglotException e) {
        return e.isSyntaxError() && callSite(e, null) == null;
    }

    /**
     * Where the script called into what failed: {@code fn (file:line:col)} of the first frame of
     * the user's code, or null when there is none.
     */
    public static String callSite(PolyglotException e, Path scriptDirectory) {
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (isUserFrame(frame)) {
                return frame(frame, scriptDirectory);
            }
        }
        return null;
    }

    /**
     * Frames of generated module sources and of JS snippets evaluated by modules are not the
     * user's code: the first frame shown is where the script called in.
     */
    private static boolean isUserFrame(PolyglotException.StackFrame frame) {
        if (!frame.isGuestFrame() || frame.getSourceLocation() == null) {
            return false;
        }
        SourceSection at = frame.getSourceLocation();
        return at.getSource().getPath() != null && !ModuleFileSystem.isModulePath(Path.of(pathOf(at)));
    }

    private static String frame(PolyglotException.StackFrame frame, Path scriptDirectory) {
        String fn = frame.getRootName();
        String at = location(frame.getSourceLocation(), scriptDirectory);
        if (fn != null && fn.startsWith(":")) {
            // GraalJS's name for a module's or program's top level (":module:eval"): k6 shows
            // the bare location there
            return at;
        }
        return (fn == null || fn.isEmpty() ? "<anonymous>" : fn) + " (" + at + ")";
    }

    /** {@code file:line:col} (of the .ts source for TypeScript) with the file relative to the script's directory when inside it. */
    public static String location(SourceSection at, Path scriptDirectory) {
        String path = pathOf(at);
        try {
            Path p = Path.of(path);
            if (scriptDirectory != null && p.isAbsolute() && p.startsWith(scriptDirectory)) {
                path = scriptDirectory.relativize(p).toString();
            }
        } catch (RuntimeException ignored) {
            // not a file path: keep the source name
        }
        // a .ts file ran transpiled: its columns are mapped back to the .ts source
        int column = TypeScript.originalColumn(at.getSource().getPath(), at.getStartLine(), at.getStartColumn());
        return path + ":" + at.getStartLine() + ":" + column;
    }

    private static String pathOf(SourceSection at) {
        String path = at.getSource().getPath();
        return path != null ? path : at.getSource().getName();
    }

    /** GraalJS prefixes syntax errors with "file:line:col "; we print our own location. */
    private static String stripLocation(String message) {
        if (message == null) {
            return "syntax error";
        }
        int colon = message.indexOf(' ');
        if (colon > 0 && message.substring(0, colon).matches(".*:\\d+:\\d+")) {
            return message.substring(colon + 1);
        }
        return message;
    }
}
