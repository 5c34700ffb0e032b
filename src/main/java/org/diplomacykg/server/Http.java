package org.diplomacykg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/** Small HTTP helpers shared by the servlets and filters. */
final class Http {
    static final String TURTLE = "text/turtle";
    static final String NTRIPLES = "application/n-triples";
    static final String JSONLD = "application/ld+json";
    static final String RDFXML = "application/rdf+xml";
    static final String HTML = "text/html";
    static final String FORM = "application/x-www-form-urlencoded";

    private Http() {}

    /** A short plain-text answer (errors and refusals). */
    static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] body = (message.endsWith("\n") ? message : message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The media type of the request body, lower case and without parameters, or "" if there is none. */
    static String contentType(HttpServletRequest req) {
        String ct = req.getContentType();
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The best of {@code offers} (in order of preference) for an Accept header; {@code offers.get(0)} when there is
     * no header, null when none is acceptable.
     */
    static String negotiate(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        try {
            MediaType m = AcceptList.match(new AcceptList(accept), AcceptList.create(offers.toArray(String[]::new)));
            return m == null ? null : m.getContentTypeStr();
        } catch (RuntimeException e) {
            return offers.get(0);
        }
    }

    /** The request path inside the server (no context path, not decoded), never null. */
    static String path(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String ctx = req.getContextPath();
        if (ctx != null && !ctx.isEmpty() && uri.startsWith(ctx)) {
            uri = uri.substring(ctx.length());
        }
        return uri.isEmpty() ? "/" : uri;
    }

    /** The server's own base URL as the client addressed it, such as {@code http://127.0.0.1:3030}. */
    static String base(HttpServletRequest req) {
        StringBuilder b = new StringBuilder(req.getScheme()).append("://");
        String host = req.getServerName();
        b.append(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
        int port = req.getServerPort();
        boolean defaultPort = (req.getScheme().equals("http") && port == 80) || (req.getScheme().equals("https") && port == 443);
        if (!defaultPort && port > 0) {
            b.append(':').append(port);
        }
        b.append(req.getContextPath() == null ? "" : req.getContextPath());
        return b.toString();
    }
}
