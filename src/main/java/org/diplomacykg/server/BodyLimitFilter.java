package org.diplomacykg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Refuses request bodies larger than the limit with <b>413 Content Too Large</b>, before anything reads them:
 * a declared {@code Content-Length} over the limit is refused at once; a body without one (chunked) is read up
 * to the limit, counting bytes, and refused as soon as it goes over, else replayed to the servlet (and, for an
 * HTML form, parsed here, since Jetty's own form parser reads past any stream wrapper). A chunked
 * {@code multipart/*} upload is refused with 411 Length Required.
 */
final class BodyLimitFilter implements Filter {
    private final long max;

    BodyLimitFilter(long maxBytes) {
        this.max = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        long length = req.getContentLengthLong();
        if (length > max) {
            tooLarge(resp, length + " bytes declared");
            return;
        }
        boolean chunked = length < 0 && req.getHeader("Transfer-Encoding") != null;
        if (!chunked) {
            chain.doFilter(request, response);
            return;
        }
        String type = Http.contentType(req);
        if (type.startsWith("multipart/")) {
            resp.setHeader("Connection", "close");
            Http.plain(resp, HttpServletResponse.SC_LENGTH_REQUIRED, "411 Length Required: send multipart uploads with a Content-Length.");
            return;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try (InputStream in = req.getInputStream()) {
            for (int n; (n = in.read(chunk)) >= 0; ) {
                buffer.write(chunk, 0, n);
                if (buffer.size() > max) {
                    tooLarge(resp, "more than " + max + " bytes sent");
                    return;
                }
            }
        }
        byte[] body = buffer.toByteArray();
        chain.doFilter(new Buffered(req, body, type.equals(Http.FORM)), response);
    }

    private void tooLarge(HttpServletResponse resp, String what) throws IOException {
        // The rest of the body is not read: the connection cannot be reused.
        resp.setHeader("Connection", "close");
        Http.plain(resp, 413, "413 Content Too Large: " + what + ", the limit is " + max + " bytes.");
    }

    /** A request whose body has been read into memory. */
    static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;
        private final Map<String, String[]> form;

        Buffered(HttpServletRequest req, byte[] body, boolean isForm) {
            super(req);
            this.body = body;
            this.form = isForm ? parseForm(req, body) : null;
        }

        private static Map<String, String[]> parseForm(HttpServletRequest req, byte[] body) {
            Charset cs = req.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(req.getCharacterEncoding());
            MultiMap<String> all = new MultiMap<>();
            if (req.getQueryString() != null) {
                UrlEncoded.decodeTo(req.getQueryString(), all, StandardCharsets.UTF_8);
            }
            UrlEncoded.decodeTo(new String(body, StandardCharsets.ISO_8859_1), all, cs);
            Map<String, String[]> m = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : all.entrySet()) {
                m.put(e.getKey(), e.getValue().toArray(String[]::new));
            }
            return Collections.unmodifiableMap(m);
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BytesInputStream(form == null ? body : new byte[0]);
        }

        @Override
        public BufferedReader getReader() {
            Charset cs = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getParameter(String name) {
            if (form == null) {
                return super.getParameter(name);
            }
            String[] v = form.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return form == null ? super.getParameterMap() : form;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return form == null ? super.getParameterNames() : Collections.enumeration(form.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            if (form == null) {
                return super.getParameterValues(name);
            }
            String[] v = form.get(name);
            return v == null ? null : v.clone();
        }
    }

    /** A servlet input stream over bytes in memory. */
    static final class BytesInputStream extends ServletInputStream {
        private final ByteArrayInputStream in;

        BytesInputStream(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("blocking stream");
        }
    }
}
