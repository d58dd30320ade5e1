package io.jk6.output.webdashboard;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** The output's logger in tests: keeps every line it is given. */
final class RecordingLogger implements System.Logger {

    final List<String> lines = new ArrayList<>();

    @Override
    public String getName() {
        return "web-dashboard";
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        lines.add(msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        lines.add(params == null || params.length == 0 ? format : MessageFormat.format(format, params));
    }
}
