package io.jk6.engine.output;

import io.jk6.engine.run.RunLog;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * An output's {@link System.Logger}: lines in the run's log format, tagged with the output's
 * name as k6 does ({@code output=json}). Debug and trace are dropped, as k6 drops them without
 * {@code --verbose}.
 */
final class OutputLogger implements System.Logger {

    private final String outputName;
    private final RunLog log;

    OutputLogger(String outputName, RunLog log) {
        this.outputName = outputName;
        this.log = log;
    }

    @Override
    public String getName() {
        return "output." + outputName;
    }

    @Override
    public boolean isLoggable(Level level) {
        return level.getSeverity() >= Level.INFO.getSeverity() && level != Level.OFF;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        if (isLoggable(level)) {
            write(level, thrown == null ? msg : msg + ": " + thrown);
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (isLoggable(level)) {
            write(level, params == null || params.length == 0 ? format : MessageFormat.format(format, params));
        }
    }

    private void write(Level level, String message) {
        String line = message + "  output=" + outputName;
        if (level.getSeverity() >= Level.ERROR.getSeverity()) {
            log.error(line);
        } else if (level.getSeverity() >= Level.WARNING.getSeverity()) {
            log.warn(line);
        } else {
            log.info(line);
        }
    }
}
