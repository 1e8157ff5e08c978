package cn.scgov.bulletin.rendering;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends openhtmltopdf's chatter to SLF4J: its warnings as warnings, its progress reports at debug. */
final class OpenHtmlToPdfLog implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable thrown) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            log.warn("{}: {}", where, message, thrown);
        } else {
            log.debug("{}: {}", where, message, thrown);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are configured through the application's logging
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || log.isDebugEnabled();
    }
}
