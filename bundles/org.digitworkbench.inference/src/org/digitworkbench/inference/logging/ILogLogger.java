package org.digitworkbench.inference.logging;

import org.eclipse.core.runtime.ILog;
import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MarkerIgnoringBase;
import org.slf4j.helpers.MessageFormatter;

/**
 * An slf4j logger (what DL4J and ND4J log through) that writes warnings and errors to the Eclipse log of this
 * bundle, prefixed with the slf4j logger's name, and drops info, debug and trace: ND4J's start-up chatter is not
 * for users, and the Eclipse log is the product's one log (.metadata/.log, -consoleLog).
 */
final class ILogLogger extends MarkerIgnoringBase {

    private static final long serialVersionUID = 1L;

    ILogLogger(String name) {
        this.name = name;
    }

    private void warning(FormattingTuple message) {
        ILog.of(ILogLogger.class).warn(name + ": " + message.getMessage(), message.getThrowable());
    }

    private void failure(FormattingTuple message) {
        ILog.of(ILogLogger.class).error(name + ": " + message.getMessage(), message.getThrowable());
    }

    private static FormattingTuple plain(String message, Throwable t) {
        return new FormattingTuple(message, null, t);
    }

    // --- warn and error go to the Eclipse log

    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(String msg) { warning(plain(msg, null)); }
    @Override public void warn(String format, Object arg) { warning(MessageFormatter.format(format, arg)); }
    @Override public void warn(String format, Object a, Object b) { warning(MessageFormatter.format(format, a, b)); }
    @Override public void warn(String format, Object... args) { warning(MessageFormatter.arrayFormat(format, args)); }
    @Override public void warn(String msg, Throwable t) { warning(plain(msg, t)); }

    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(String msg) { failure(plain(msg, null)); }
    @Override public void error(String format, Object arg) { failure(MessageFormatter.format(format, arg)); }
    @Override public void error(String format, Object a, Object b) { failure(MessageFormatter.format(format, a, b)); }
    @Override public void error(String format, Object... args) { failure(MessageFormatter.arrayFormat(format, args)); }
    @Override public void error(String msg, Throwable t) { failure(plain(msg, t)); }

    // --- info, debug and trace are dropped

    @Override public boolean isInfoEnabled() { return false; }
    @Override public void info(String msg) { }
    @Override public void info(String format, Object arg) { }
    @Override public void info(String format, Object a, Object b) { }
    @Override public void info(String format, Object... args) { }
    @Override public void info(String msg, Throwable t) { }

    @Override public boolean isDebugEnabled() { return false; }
    @Override public void debug(String msg) { }
    @Override public void debug(String format, Object arg) { }
    @Override public void debug(String format, Object a, Object b) { }
    @Override public void debug(String format, Object... args) { }
    @Override public void debug(String msg, Throwable t) { }

    @Override public boolean isTraceEnabled() { return false; }
    @Override public void trace(String msg) { }
    @Override public void trace(String format, Object arg) { }
    @Override public void trace(String format, Object a, Object b) { }
    @Override public void trace(String format, Object... args) { }
    @Override public void trace(String msg, Throwable t) { }
}
