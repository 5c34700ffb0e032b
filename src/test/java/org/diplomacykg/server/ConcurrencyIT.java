package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacykg.server.Client.basic;
import static org.diplomacykg.server.Client.enc;
import static org.diplomacykg.server.Client.request;
import static org.diplomacykg.server.Client.send;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.diplomacykg.article.Article;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries keep being answered, with consistent results, while articles are ingested: several HTTP clients query
 * a TDB2 store on disk while another thread ingests the test articles (and re-ingests the seed, replacing its
 * graph) through {@code POST /diplomacy/ingest}. Every query must succeed, and every article graph must be seen
 * either absent or complete, never half-written.
 */
class ConcurrencyIT {
    private static final String COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        + "FILTER(STRSTARTS(STR(?g), \"" + Iris.ARTICLE_GRAPH + "\")) } GROUP BY ?g";
    private static final int READERS = 3;

    @TempDir
    Path tmp;

    @Test
    void readersSeeWholeArticlesWhileAnIngestRuns() throws Exception {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "writer: w\n");
        List<Path> articles;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/articles"))) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(8).toList();
        }
        assertThat(articles).hasSizeGreaterThan(3);
        try (Store store = Seeded.into(Store.tdb2(tmp.resolve("tdb2")));
             DkgServer server = DkgServer.create().store(store).port(0).extractor(Seeded.extractor())
                 .access(Access.READ_ONLY.withWriters(passwd)).build().start()) {
            String seedGraph = Iris.articleGraph(Article.read(Seeded.SEED).get(0).id());
            long seedQuads = counts(server).get(seedGraph);

            AtomicBoolean done = new AtomicBoolean();
            Map<String, Set<Long>> seen = new ConcurrentHashMap<>();
            List<String> failures = new CopyOnWriteArrayList<>();
            AtomicInteger queries = new AtomicInteger();
            AtomicInteger duringIngest = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
            List<Future<?>> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                readers.add(pool.submit(() -> {
                    while (!done.get() || queries.get() < READERS) {
                        try {
                            Map<String, Long> c = counts(server);
                            c.forEach((g, n) -> seen.computeIfAbsent(g, k -> ConcurrentHashMap.newKeySet()).add(n));
                            if (!seedQuads(c, seedGraph, seedQuads)) {
                                failures.add("seed graph seen with " + c.get(seedGraph) + " quads, not " + seedQuads);
                            }
                            queries.incrementAndGet();
                            if (!done.get()) {
                                duringIngest.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                }));
            }
            // The writer: every test article, then the seed again (a replacement), twice over.
            Map<String, Long> written = new ConcurrentHashMap<>();
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int round = 0; round < 2; round++) {
                        for (Path a : articles) {
                            JsonObject r = ingest(server, Files.readString(a), meta(a, "published"), meta(a, "source"));
                            written.put(r.get("graph").getAsString().value(), r.get("quads").getAsNumber().value().longValue());
                        }
                        JsonObject seed = ingest(server, Files.readString(Seeded.SEED), "2023-01-20", null);
                        written.put(seed.get("graph").getAsString().value(), seed.get("quads").getAsNumber().value().longValue());
                    }
                } catch (Exception e) {
                    failures.add("ingest: " + e);
                } finally {
                    done.set(true);
                }
                return null;
            });
            writer.get(600, TimeUnit.SECONDS);
            for (Future<?> r : readers) {
                r.get(600, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(failures).isEmpty();
            assertThat(queries.get()).isGreaterThanOrEqualTo(READERS);
            assertThat(duringIngest.get()).as("queries answered while the ingest ran").isGreaterThanOrEqualTo(READERS);
            assertThat(written).containsEntry(seedGraph, seedQuads);
            // Every graph was seen absent (not in the map) or whole: its final size, never a part of it.
            seen.forEach((g, sizes) -> assertThat(sizes).as(g).containsOnly(written.getOrDefault(g, seedQuads)));
            assertThat(counts(server)).containsAllEntriesOf(written);
        }
    }

    private static boolean seedQuads(Map<String, Long> c, String seedGraph, long expected) {
        return c.containsKey(seedGraph) && c.get(seedGraph) == expected;
    }

    private static String meta(Path article, String key) throws Exception {
        Path meta = Path.of(article.toString().replaceAll("\\.txt$", ".meta"));
        if (!Files.exists(meta)) {
            return null;
        }
        for (String line : Files.readAllLines(meta)) {
            if (line.startsWith(key + ":")) {
                return line.substring(key.length() + 1).strip();
            }
        }
        return null;
    }

    private static JsonObject ingest(DkgServer server, String text, String published, String source) throws Exception {
        String url = server.url() + "/diplomacy/ingest?published=" + (published == null ? "" : enc(published))
            + (source == null ? "" : "&source=" + enc(source));
        HttpResponse<String> r = send(request(url).header("Authorization", basic("writer", "w"))
            .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(text)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.parse(r.body()).get("articles").getAsArray().get(0).getAsObject();
    }

    /** Quads per article graph, as one query sees them. */
    private static Map<String, Long> counts(DkgServer server) throws Exception {
        HttpResponse<String> r = send(request(server.sparqlUrl() + "?query=" + enc(COUNTS)).header("Accept", "text/csv").GET());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("query answered " + r.statusCode() + ": " + r.body());
        }
        Map<String, Long> m = new ConcurrentHashMap<>();
        String[] lines = r.body().strip().split("\\r?\\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            m.put(cells[0], Long.parseLong(cells[1]));
        }
        return m;
    }
}
