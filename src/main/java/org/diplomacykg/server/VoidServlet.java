package org.diplomacykg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.diplomacykg.export.DatasetDescription;
import org.diplomacykg.store.Store;

/**
 * The dataset's VoID/DCAT description at {@code /.well-known/void} (RFC 5785, as the VoID guide proposes), from
 * {@link DatasetDescription}, with this server's endpoint and dump URLs, in Turtle, JSON-LD, N-Triples or
 * RDF/XML by Accept. Counting means reading the whole store, so a description is kept for a minute.
 */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/.well-known/void";
    private static final Duration KEEP = Duration.ofMinutes(1);
    private static final List<String> OFFERS = List.of(Http.TURTLE, Http.JSONLD, Http.NTRIPLES, Http.RDFXML);
    private static final Map<String, RDFFormat> WRITERS = Map.of(Http.TURTLE, RDFFormat.TURTLE_PRETTY,
        Http.JSONLD, RDFFormat.JSONLD11_PRETTY, Http.NTRIPLES, RDFFormat.NTRIPLES_UTF8, Http.RDFXML, RDFFormat.RDFXML_PRETTY);

    private record Cached(Model model, long at) {}

    private final transient Store store;
    private final transient Map<String, Cached> cache = new ConcurrentHashMap<>();

    VoidServlet(Store store) {
        this.store = store;
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Http.path(req).equals(PATH)) {
            Http.plain(resp, HttpServletResponse.SC_NOT_FOUND, "404 Not Found");
            return;
        }
        String type = Http.negotiate(req.getHeader("Accept"), OFFERS);
        resp.setHeader("Vary", "Accept");
        if (type == null) {
            type = Http.TURTLE; // browsers asking for HTML still get the Turtle, as text
        }
        String base = Http.base(req);
        long now = System.nanoTime();
        Cached c = cache.get(base);
        if (c == null || now - c.at() > KEEP.toNanos()) {
            Model m = DatasetDescription.create().sparqlEndpoint(base + DkgServer.DATASET + "/sparql")
                .dataDump(base + DkgServer.DATASET + "/data").build().describe(store);
            c = new Cached(m, now);
            if (cache.size() > 16) {
                cache.clear(); // a few host names at most; never grow without bound
            }
            cache.put(base, c);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        synchronized (c.model()) {
            RDFWriter.source(c.model()).format(WRITERS.get(type)).output(out);
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(type + "; charset=utf-8");
        resp.setHeader("Cache-Control", "public, max-age=60");
        resp.setContentLength(out.size());
        if (!req.getMethod().equals("HEAD")) {
            out.writeTo(resp.getOutputStream());
        }
    }
}
