package org.diplomacykg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.DkgException;
import org.diplomacykg.IngestReport;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.Overrides;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /diplomacy/ingest}: the article in the body ({@code text/plain}: first line the headline, as a
 * {@code .txt} file; {@code text/html}; or {@code application/x-ndjson}: JSON Lines, one article per line), with
 * {@code ?published=YYYY-MM-DD&source=URL}, is extracted and written in one transaction, replacing the article's
 * graph if it was ingested before, exactly as {@code dkg ingest} does. Answers 200 with a JSON report of the
 * graphs written; 400 for a bad article or parameter, 415 for another media type. Only reachable with
 * credentials (the server's security constraints), and one ingestion runs at a time.
 */
final class IngestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(IngestServlet.class);
    private static final Map<String, String> EXTENSIONS = Map.of("text/plain", ".txt", "text/html", ".html",
        "application/xhtml+xml", ".html", "application/x-ndjson", ".jsonl", "application/jsonl", ".jsonl",
        "application/json-lines", ".jsonl");

    private final transient Store store;
    private final transient Supplier<Extractor> extractor;
    private final transient ReentrantLock lock = new ReentrantLock();

    IngestServlet(Store store, Supplier<Extractor> extractor) {
        this.store = store;
        this.extractor = extractor;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", "POST");
        Http.plain(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "405 Method Not Allowed: POST an article to ingest it.");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String extension = EXTENSIONS.get(Http.contentType(req));
        if (extension == null) {
            Http.plain(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "415 Unsupported Media Type: send the article as "
                + "text/plain, text/html or application/x-ndjson (JSON Lines).");
            return;
        }
        LocalDate published = null;
        String p = req.getParameter("published");
        if (p != null && !p.isBlank()) {
            try {
                published = LocalDate.parse(p.strip());
            } catch (DateTimeParseException e) {
                Http.plain(resp, HttpServletResponse.SC_BAD_REQUEST, "400 Bad Request: published=" + p + " is not a date (YYYY-MM-DD).");
                return;
            }
        }
        String source = req.getParameter("source");
        if (source != null && !source.isBlank() && !source.strip().matches("(?i)https?://\\S+")) {
            Http.plain(resp, HttpServletResponse.SC_BAD_REQUEST, "400 Bad Request: source must be an http(s) URL.");
            return;
        }
        Overrides overrides = new Overrides(published, source == null || source.isBlank() ? null : source.strip());
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readAllBytes();
        }
        List<Article> articles;
        Path dir = Files.createTempDirectory("dkg-ingest");
        try {
            // The article readers work on files (the extension says the format): give them one.
            Path file = dir.resolve("request-body" + extension);
            Files.write(file, body);
            try {
                articles = ArticleReader.read(file, overrides);
            } catch (DkgException e) {
                Http.plain(resp, HttpServletResponse.SC_BAD_REQUEST, "400 Bad Request: "
                    + e.getMessage().replace(file.toString(), "request body"));
                return;
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        IngestReport report;
        lock.lock();
        try {
            report = DiplomacyGraph.open(store, extractor.get()).ingest(articles);
        } catch (DkgException e) {
            Http.plain(resp, HttpServletResponse.SC_BAD_REQUEST, "400 Bad Request: " + e.getMessage());
            return;
        } finally {
            lock.unlock();
        }
        JsonArray list = new JsonArray();
        for (IngestReport.Article a : report.articles()) {
            JsonObject o = new JsonObject();
            o.put("id", a.id());
            o.put("graph", a.graph());
            o.put("events", a.events());
            o.put("quads", a.quads());
            list.add(o);
            LOG.info("ingested article {} into <{}> ({} events, {} quads)", a.id(), a.graph(), a.events(), a.quads());
        }
        JsonObject root = new JsonObject();
        root.put("articles", list);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, root);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json; charset=utf-8");
        resp.setContentLength(out.size());
        out.writeTo(resp.getOutputStream());
    }
}
