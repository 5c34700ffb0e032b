package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.IngestReport;
import org.diplomacykg.article.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg ingest}: adds articles to the store, all or nothing. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extract articles and add them to the TDB2 database (or the store behind --endpoint), each in its "
        + "own named graph.",
        "Ingesting an article again replaces its graph. All inputs are read first: if any is bad, nothing is written.",
        "To a remote store each article's graph is replaced atomically by one SPARQL Update request."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
        description = "Article files (.txt with optional .meta sidecar, .html, .jsonl) or folders of them.")
    List<Path> inputs;

    @Mixin
    StoreOptions store;

    @Mixin
    ArticleOptions article;

    @Mixin
    LexiconOptions lexicon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Article> articles = article.read(inputs);
        try (DiplomacyGraph g = DiplomacyGraph.open(store.open(), lexicon.extractor())) {
            IngestReport r = g.ingest(articles);
            PrintWriter out = Streams.out(spec);
            for (IngestReport.Article a : r.articles()) {
                out.printf("ingested %s -> <%s> (%d events, %d quads)%n", a.origin(), a.graph(), a.events(), a.quads());
            }
            out.printf("%d article(s) in %s%n", r.articles().size(), store.where());
            out.flush();
        }
        return 0;
    }
}
