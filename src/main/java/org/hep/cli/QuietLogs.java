package org.hep.cli;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.NoOpLog;

/**
 * The log PDFBox's classes get when their log is off (see {@link Main}): one silent log for
 * all of them. commons-logging's own factory would make one per class through reflection,
 * and PDFBox asks for some forty while a one-off handout starts.
 */
public final class QuietLogs extends LogFactory {
    private static final Log QUIET = new NoOpLog();

    @Override
    public Object getAttribute(String name) {
        return null;
    }

    @Override
    public String[] getAttributeNames() {
        return new String[0];
    }

    @Override
    public Log getInstance(Class<?> clazz) {
        return QUIET;
    }

    @Override
    public Log getInstance(String name) {
        return QUIET;
    }

    @Override
    public void release() {
        // nothing kept
    }

    @Override
    public void removeAttribute(String name) {
        // no attributes
    }

    @Override
    public void setAttribute(String name, Object value) {
        // no attributes
    }
}
