package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.IngestReport;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.Overrides;
import org.diplomacykg.server.DkgServer;
import org.diplomacykg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg serve}: the SPARQL endpoint over the database. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the database over SPARQL (embedded Fuseki), read-only, at /diplomacy.",
        "If the database is empty, the articles in the seeds folder are ingested first. Ctrl-C stops it."})
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

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = Streams.out(spec);
        Store s = store.open();
        if (s.isEmpty() && Files.isDirectory(seeds)) {
            List<Article> articles = ArticleReader.read(seeds, Overrides.NONE);
            IngestReport r = DiplomacyGraph.open(s).ingest(articles);
            out.printf("database %s was empty: ingested %d seed article(s) from %s (%d events)%n", store.db,
                r.articles().size(), seeds, r.events());
        }
        DkgServer server = DkgServer.create().store(s).host(host).port(port).queryTimeoutMillis(timeout * 1000).build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            stopped.countDown();
        }, "dkg-shutdown"));
        server.start();
        out.printf("SPARQL endpoint: %s%n", server.sparqlUrl());
        out.printf("Try: curl -s '%s' --data-urlencode 'query=PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#> "
            + "SELECT ?event ?code WHERE { ?event dip:cameoCode ?code } LIMIT 10' -H 'Accept: text/csv'%n",
            server.sparqlUrl());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }
}
