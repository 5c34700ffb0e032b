package org.diplomacykg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.diplomacykg.rdf.Prefixes;

/**
 * The query page at {@code /}: YASGUI (vendored in the jar, see {@code web/VENDORED.md}) on this server's
 * endpoint, with the competency questions of {@code ontology/cq/} as examples. Serves a fixed list of files from
 * the jar, read once; any other name is 404, so no path reaches anything else. The page's Content-Security-Policy
 * allows scripts, styles and requests to this origin only.
 */
final class WebServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String WEB = "/org/diplomacykg/server/web/";
    static final String CQ = "/org/diplomacykg/ontology/cq/";
    /** Only this origin: no CDN, no prefix.cc, no LOV. YASGUI needs inline styles and data: images. */
    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
        + "frame-ancestors 'none'";
    private static final Map<String, String> FILES = Map.of(
        "index.html", "text/html; charset=utf-8",
        "yasgui.min.js", "text/javascript; charset=utf-8",
        "yasgui.min.css", "text/css; charset=utf-8",
        "dkg-query.js", "text/javascript; charset=utf-8",
        "dkg.css", "text/css; charset=utf-8",
        "yasgui-LICENSE.txt", "text/plain; charset=utf-8",
        "yasgui.min.js.LICENSE.txt", "text/plain; charset=utf-8",
        "VENDORED.md", "text/markdown; charset=utf-8");

    private record File(String type, byte[] body, String etag) {}

    private final transient Map<String, File> files = new LinkedHashMap<>();

    WebServlet() {
        FILES.forEach((name, type) -> files.put(name, file(type, resource(WEB + name))));
        files.put("examples.json", file("application/json; charset=utf-8", examples().getBytes(StandardCharsets.UTF_8)));
    }

    private static File file(String type, byte[] body) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(body);
            return new File(type, body, "\"" + HexFormat.of().formatHex(h, 0, 12) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = WebServlet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The competency questions in the manifest's order, with the project's prefixes for completion. */
    static String examples() {
        Model m = ModelFactory.createDefaultModel();
        String base = "http://cq.invalid/cq/";
        RDFParser.fromString(new String(resource(CQ + "manifest.ttl"), StandardCharsets.UTF_8), Lang.TURTLE).base(base + "manifest.ttl").parse(m);
        String mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
        String qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
        JsonArray examples = new JsonArray();
        Resource manifest = m.listSubjectsWithProperty(m.createProperty(mf, "entries")).next();
        List<RDFNode> entries = manifest.getPropertyResourceValue(m.createProperty(mf, "entries")).as(org.apache.jena.rdf.model.RDFList.class).asJavaList();
        for (RDFNode n : entries) {
            Resource e = n.asResource();
            Statement name = e.getProperty(m.createProperty(mf, "name"));
            Resource action = e.getPropertyResourceValue(m.createProperty(mf, "action"));
            Resource query = action == null ? null : action.getPropertyResourceValue(m.createProperty(qt, "query"));
            if (name == null || query == null || !query.getURI().startsWith(base)) {
                continue;
            }
            String file = query.getURI().substring(base.length());
            if (!file.matches("[A-Za-z0-9_-]+\\.rq")) {
                continue;
            }
            JsonObject o = new JsonObject();
            o.put("id", file.substring(0, file.indexOf('-') > 0 ? file.indexOf('-') : file.length() - 3));
            o.put("name", name.getString());
            o.put("query", new String(resource(CQ + file), StandardCharsets.UTF_8));
            examples.add(o);
        }
        JsonArray prefixes = new JsonArray();
        Prefixes.standard().getNsPrefixMap().forEach((p, ns) -> prefixes.add(p + ": <" + ns + ">"));
        JsonObject root = new JsonObject();
        root.put("examples", examples);
        root.put("prefixes", prefixes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, root);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Http.path(req);
        String name;
        if (path.equals("/") || path.equals("/index.html")) {
            name = "index.html";
        } else if (path.startsWith("/web/")) {
            name = path.substring(5);
        } else {
            name = null;
        }
        File f = name == null ? null : files.get(name);
        if (f == null) {
            Http.plain(resp, HttpServletResponse.SC_NOT_FOUND, "404 Not Found");
            return;
        }
        resp.setHeader("ETag", f.etag());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (name.equals("index.html")) {
            resp.setHeader("Content-Security-Policy", PAGE_CSP);
            resp.setHeader("Cache-Control", "no-cache");
        } else {
            resp.setHeader("Cache-Control", "public, max-age=3600");
        }
        if (f.etag().equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(f.type());
        resp.setContentLength(f.body().length);
        if (!req.getMethod().equals("HEAD")) {
            resp.getOutputStream().write(f.body());
        }
    }
}
