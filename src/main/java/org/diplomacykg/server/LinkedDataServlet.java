package org.diplomacykg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.store.Store;

/**
 * Linked data: every IRI under {@code https://w3id.org/diplomacy-kg/} dereferences on this server with the base
 * replaced by the server's address, as DBpedia does. The IRIs name things, not documents, so (httpRange-14)
 * {@code /id/…}, {@code /event/…}, {@code /article/…} and the other resource paths answer <b>303 See Other</b>
 * to a document about the thing: {@code /page/…} (HTML) for browsers, {@code /data/…} (Turtle, JSON-LD,
 * N-Triples or RDF/XML by Accept, or {@code ?format=ttl|jsonld|nt|rdfxml}) for RDF clients. An IRI the store
 * knows nothing about is 404.
 *
 * <p>Paths are checked against a strict pattern before anything else: only the resource paths, only IRI
 * characters, no {@code .} or {@code ..} segments and no encoded dots, slashes, backslashes or NULs; the
 * resulting IRI is looked up in the store (never spliced into a query, never used as a file name), so no path
 * reaches anything but descriptions of the store's own resources.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The first path segments of the resources served (the IRI scheme of {@link Iris}). */
    static final List<String> ROOTS = List.of("id", "event", "article", "relationship", "cameo", "graph", "software", "dataset");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@%-]+");
    private static final Pattern FORBIDDEN = Pattern.compile("(?i)%2e|%2f|%5c|%00");
    private static final List<String> RDF_OFFERS = List.of(Http.TURTLE, Http.JSONLD, Http.NTRIPLES, Http.RDFXML);
    private static final List<String> ALL_OFFERS = List.of(Http.HTML, Http.TURTLE, Http.JSONLD, Http.NTRIPLES, Http.RDFXML);
    private static final Map<String, String> FORMATS = Map.of("ttl", Http.TURTLE, "turtle", Http.TURTLE, "jsonld", Http.JSONLD,
        "json", Http.JSONLD, "nt", Http.NTRIPLES, "rdfxml", Http.RDFXML, "rdf", Http.RDFXML, "html", Http.HTML);
    private static final Map<String, RDFFormat> WRITERS = Map.of(Http.TURTLE, RDFFormat.TURTLE_PRETTY,
        Http.JSONLD, RDFFormat.JSONLD11_PRETTY, Http.NTRIPLES, RDFFormat.NTRIPLES_UTF8, Http.RDFXML, RDFFormat.RDFXML_PRETTY);
    /** No scripts, no external anything: the pages are plain HTML with inline CSS. */
    static final String PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'self'";

    private final transient Store store;

    LinkedDataServlet(Store store) {
        this.store = store;
    }

    /** What a request path asks for. */
    enum Kind { RESOURCE, PAGE, DATA }

    /** A parsed request path: its kind and the IRI it maps to. */
    record Target(Kind kind, String path, String iri) {}

    /** Parses a raw (still percent-encoded) request path; empty if it is not one this servlet serves. */
    static Optional<Target> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || FORBIDDEN.matcher(rawPath).find()) {
            return Optional.empty();
        }
        String p = rawPath.substring(1);
        Kind kind = Kind.RESOURCE;
        if (p.startsWith("page/")) {
            kind = Kind.PAGE;
            p = p.substring(5);
        } else if (p.startsWith("data/")) {
            kind = Kind.DATA;
            p = p.substring(5);
        }
        String[] segments = p.split("/", -1);
        if (segments.length == 0 || !ROOTS.contains(segments[0])) {
            return Optional.empty();
        }
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.isEmpty() && last && i > 0) {
                continue; // a trailing slash, as in the CAMEO scheme's IRI
            }
            if (s.equals(".") || s.equals("..") || !SEGMENT.matcher(s).matches()) {
                return Optional.empty();
            }
        }
        String iri;
        try {
            iri = Iris.BASE + decodeNonAscii(p);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new Target(kind, p, iri));
    }

    /**
     * Decodes percent-encoded UTF-8 for characters beyond ASCII (IRIs hold them as themselves) and keeps ASCII
     * escapes as they are (an IRI keeps those percent-encoded).
     */
    static String decodeNonAscii(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int v = Integer.parseInt(s.substring(i + 1, i + 3), 16);
                if (v >= 0x80) {
                    pending.write(v);
                    i += 3;
                    continue;
                }
            } else if (c == '%') {
                throw new IllegalArgumentException("truncated escape");
            }
            flush(pending, out);
            out.append(c);
            i++;
        }
        flush(pending, out);
        return out.toString();
    }

    private static void flush(java.io.ByteArrayOutputStream pending, StringBuilder out) {
        if (pending.size() > 0) {
            java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
            try {
                out.append(d.decode(java.nio.ByteBuffer.wrap(pending.toByteArray())));
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IllegalArgumentException("not UTF-8", e);
            }
            pending.reset();
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Target> t = parse(Http.path(req));
        if (t.isEmpty()) {
            notFound(resp, "no such resource");
            return;
        }
        Target target = t.get();
        Optional<ResourceDescription> d;
        try {
            d = ResourceDescription.read(store, target.iri());
        } catch (RuntimeException e) {
            log("linked data lookup failed for " + target.iri(), e);
            Http.plain(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "500 Internal Server Error");
            return;
        }
        resp.setHeader("Vary", "Accept");
        if (d.isEmpty()) {
            notFound(resp, "nothing is known about <" + target.iri() + ">");
            return;
        }
        String format = req.getParameter("format");
        String type;
        if (format != null) {
            type = FORMATS.get(format.toLowerCase(Locale.ROOT));
            if (type == null) {
                Http.plain(resp, HttpServletResponse.SC_BAD_REQUEST, "400 Bad Request: unknown format '" + format
                    + "': use ttl, jsonld, nt, rdfxml or html.");
                return;
            }
        } else {
            type = Http.negotiate(req.getHeader("Accept"), target.kind() == Kind.DATA ? RDF_OFFERS
                : target.kind() == Kind.PAGE ? List.of(Http.HTML) : ALL_OFFERS);
        }
        switch (target.kind()) {
            case RESOURCE -> {
                if (type == null) {
                    notAcceptable(resp);
                    return;
                }
                String doc = (type.equals(Http.HTML) ? "/page/" : "/data/") + target.path()
                    + (format != null && !type.equals(Http.HTML) ? "?format=" + format.toLowerCase(Locale.ROOT) : "");
                resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                resp.setHeader("Location", req.getContextPath() + doc);
                resp.setHeader("Cache-Control", "public, max-age=3600");
                resp.setContentLength(0);
            }
            case PAGE -> {
                if (format != null && !type.equals(Http.HTML)) {
                    resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    resp.setHeader("Location", req.getContextPath() + "/data/" + target.path() + "?format=" + format.toLowerCase(Locale.ROOT));
                    return;
                }
                byte[] body = new ResourcePage(d.get()).html().getBytes(StandardCharsets.UTF_8);
                resp.setHeader("Content-Security-Policy", PAGE_CSP);
                send(req, resp, "text/html; charset=utf-8", body);
            }
            case DATA -> {
                if (type == null || type.equals(Http.HTML)) {
                    if (format == null) {
                        notAcceptable(resp);
                    } else {
                        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                        resp.setHeader("Location", req.getContextPath() + "/page/" + target.path());
                    }
                    return;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFWriter.source(d.get().data).format(WRITERS.get(type)).output(out);
                resp.setHeader("Link", "<" + target.iri() + ">; rel=\"describes\"");
                send(req, resp, type + "; charset=utf-8", out.toByteArray());
            }
        }
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(type);
        resp.setHeader("Cache-Control", "public, max-age=60");
        resp.setContentLength(body.length);
        if (!req.getMethod().equals("HEAD")) {
            resp.getOutputStream().write(body);
        }
    }

    private static void notFound(HttpServletResponse resp, String why) throws IOException {
        Http.plain(resp, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: " + why + ".");
    }

    private static void notAcceptable(HttpServletResponse resp) throws IOException {
        Http.plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "406 Not Acceptable: available as " + String.join(", ", ALL_OFFERS) + ".");
    }
}
