package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.IngestReport;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.Overrides;
import org.diplomacykg.server.Access;
import org.diplomacykg.server.DkgServer;
import org.diplomacykg.server.Limits;
import org.diplomacykg.server.PasswordFile;
import org.diplomacykg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg serve}: the SPARQL endpoint over the database. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the database over SPARQL (embedded Fuseki) at /diplomacy, with linked-data pages and a query page at /.",
        "Read-only unless --auth names a password file. If the database is empty, the articles in the seeds folder are "
            + "ingested first. Ctrl-C stops it gracefully."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--host", defaultValue = "127.0.0.1",
        description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all interfaces).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 for a free one).")
    int port;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
        description = "Articles to load into an empty database (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--auth", paramLabel = "FILE",
        description = "Password file ('user: password' lines; see 'dkg password'): turns on SPARQL Update, graph store "
            + "writes and POST /diplomacy/ingest for these users, under HTTP Basic authentication.")
    Path auth;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "Query timeout in seconds: longer queries are cancelled with 503 (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "10M",
        description = "Largest request body accepted, in bytes or with K, M or G (default: ${DEFAULT-VALUE}); larger is 413.")
    String maxBody;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
        description = "Most solutions an anonymous query gets: a larger or missing LIMIT becomes LIMIT N "
            + "(default: ${DEFAULT-VALUE}; 0 for no cap).")
    long maxRows;

    @Option(names = "--allow-service",
        description = "Allow federated SERVICE calls to other endpoints (off by default).")
    boolean allowService;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = Streams.out(spec);
        if (store.endpoint != null) {
            throw new IllegalArgumentException("serve serves a local database: use --db DIR, not --endpoint");
        }
        if (timeout <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds, got " + timeout);
        }
        long bodyBytes;
        try {
            bodyBytes = Limits.parseBytes(maxBody);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--max-body: " + e.getMessage());
        }
        Limits limits = new Limits(Duration.ofSeconds(timeout), bodyBytes, maxRows);
        Access access = Access.READ_ONLY.withService(allowService);
        if (auth != null) {
            // Read it now, so that a bad file is an error before anything starts.
            PasswordFile.load(auth);
            access = access.withWriters(auth);
        }
        Store s = store.open();
        if (s.isEmpty() && Files.isDirectory(seeds)) {
            List<Article> articles = ArticleReader.read(seeds, Overrides.NONE);
            IngestReport r = DiplomacyGraph.open(s).ingest(articles);
            out.printf("database %s was empty: ingested %d seed article(s) from %s (%d events)%n", store.db,
                r.articles().size(), seeds, r.events());
        }
        DkgServer server = DkgServer.create().store(s).host(host).port(port).limits(limits).access(access).build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            stopped.countDown();
        }, "dkg-shutdown"));
        server.start();
        out.printf("SPARQL endpoint: %s%n", server.sparqlUrl());
        out.printf("Query page: %s/  Linked data: %s/page/id/country/ru%n", server.url(), server.url());
        out.printf("%s; timeout %d s, bodies up to %s, anonymous results up to %s rows, SERVICE %s%n",
            auth == null ? "Read-only" : "Writes allowed for the users in " + auth, timeout, maxBody,
            maxRows == 0 ? "any number of" : Long.toString(maxRows), allowService ? "allowed" : "refused");
        out.printf("Try: curl -s '%s' --data-urlencode 'query=PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#> "
            + "SELECT ?event ?code WHERE { ?event a dip:Event ; dip:cameoCode ?code } LIMIT 10' -H 'Accept: text/csv'%n",
            server.sparqlUrl());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }
}
