package cn.scgov.bulletin.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A UTF-8 writer on a response that sets the download headers only when the first character is
 * written, so a refusal raised before any output still reaches the user as an error page, not as a file.
 */
public final class ResponseWriter extends Writer {

    private final HttpServletResponse response;
    private final String contentType;
    private final String disposition;
    private Writer out;

    public ResponseWriter(HttpServletResponse response, String contentType, String disposition) {
        this.response = response;
        this.contentType = contentType;
        this.disposition = disposition;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        open().write(buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private Writer open() throws IOException {
        if (out == null) {
            response.setContentType(contentType);
            response.setHeader("Content-Disposition", disposition);
            out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        }
        return out;
    }
}
