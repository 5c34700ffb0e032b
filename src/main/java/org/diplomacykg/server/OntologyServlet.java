package org.diplomacykg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.diplomacykg.rdf.Ontology;

/**
 * The ontology at {@code /ontology} and the CAMEO scheme at {@code /ontology/cameo}, with content negotiation:
 * {@code text/turtle} gives the Turtle source as shipped, {@code application/rdf+xml}, {@code application/ld+json}
 * and {@code application/n-triples} conversions by Jena, and browsers ({@code text/html}, or a bare {@code *}{@code /*})
 * an HTML documentation page generated at start-up. {@code ?format=ttl|rdfxml|jsonld|nt|html} overrides the
 * Accept header (for links in the page). Anything else under {@code /ontology/} is 404; an Accept header that
 * none of these satisfies is 406. Every representation is built once, when the servlet is created.
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Where the servlet is mounted. */
    static final String PATH = "/ontology";

    static final String TURTLE = "text/turtle";
    static final String RDFXML = "application/rdf+xml";
    static final String JSONLD = "application/ld+json";
    static final String NTRIPLES = "application/n-triples";
    static final String HTML = "text/html";

    /** In order of preference when the client accepts several equally (a bare wildcard gets HTML). */
    private static final AcceptList OFFERS = AcceptList.create(HTML, TURTLE, JSONLD, RDFXML, NTRIPLES);
    private static final Map<String, String> FORMATS = Map.of("ttl", TURTLE, "turtle", TURTLE, "rdfxml", RDFXML,
        "rdf", RDFXML, "xml", RDFXML, "jsonld", JSONLD, "json", JSONLD, "nt", NTRIPLES, "html", HTML);

    private final transient Map<String, byte[]> ontology;
    private final transient Map<String, byte[]> cameo;

    OntologyServlet() {
        Ontology o = Ontology.get();
        OntologyDocs docs = new OntologyDocs(o.ontology(), o.cameo(), PATH);
        this.ontology = representations(o.ontology(), "diplomacy.ttl", docs.ontologyPage());
        this.cameo = representations(o.cameo(), "cameo.ttl", docs.cameoPage());
    }

    private static Map<String, byte[]> representations(Model m, String file, String html) {
        Map<String, byte[]> r = new LinkedHashMap<>();
        r.put(HTML, html.getBytes(StandardCharsets.UTF_8));
        r.put(TURTLE, source(file));
        r.put(JSONLD, write(m, RDFFormat.JSONLD11_PRETTY));
        r.put(RDFXML, write(m, RDFFormat.RDFXML_PRETTY));
        r.put(NTRIPLES, write(m, RDFFormat.NTRIPLES_UTF8));
        return Map.copyOf(r);
    }

    /** The Turtle as shipped in the jar, comments included. */
    private static byte[] source(String file) {
        String resource = "/org/diplomacykg/ontology/" + file;
        try (InputStream in = OntologyServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Model m, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(m).format(format).output(out);
        return out.toByteArray();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        Map<String, byte[]> doc;
        if (path == null || path.isEmpty() || path.equals("/")) {
            doc = ontology;
        } else if (path.equals("/cameo") || path.equals("/cameo/")) {
            doc = cameo;
        } else {
            plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + PATH + path
                + "\nThere is the ontology at " + PATH + " and the CAMEO scheme at " + PATH + "/cameo.\n");
            return;
        }
        String type;
        String format = req.getParameter("format");
        if (format != null) {
            type = FORMATS.get(format.toLowerCase(Locale.ROOT));
            if (type == null) {
                plain(resp, HttpServletResponse.SC_BAD_REQUEST, "Unknown format '" + format
                    + "': use ttl, rdfxml, jsonld, nt or html.\n");
                return;
            }
        } else {
            type = negotiate(req.getHeader("Accept"));
            if (type == null) {
                plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: " + req.getHeader("Accept")
                    + "\nAvailable: " + HTML + ", " + TURTLE + ", " + JSONLD + ", " + RDFXML + ", " + NTRIPLES + ".\n");
                return;
            }
        }
        byte[] body = doc.get(type);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setContentType(type + "; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The best representation for an Accept header; HTML when there is none or it is a bare wildcard. */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException e) {
            return HTML;
        }
        return m == null ? null : m.getContentTypeStr();
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
