package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.DkgException;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.rdf.Prefixes;
import org.diplomacykg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg query}: runs SPARQL against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Run a SPARQL query against the database (or the store behind --endpoint). The default graph is the "
        + "union of all article graphs;",
        "the prefixes dip:, cameo:, nif:, prov:, sem:, skos:, dcterms:, wd: and others need no declaration."})
final class QueryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY|@FILE", description = "The query text, or @file.rq to read it from a file.")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
        description = "SELECT/ASK results as table, csv, tsv or json; CONSTRUCT/DESCRIBE always as Turtle "
            + "(default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String text = query.startsWith("@") ? ArticleReader.readText(Path.of(query.substring(1))) : query;
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.matches("table|csv|tsv|json")) {
            throw new IllegalArgumentException("unknown result format '" + format + "' (expected table, csv, tsv or json)");
        }
        Query q = DiplomacyGraph.parse(text);
        PrintWriter out = Streams.out(spec);
        try (Store s = store.openExisting()) {
            s.query(q, qe -> {
                if (q.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    switch (fmt) {
                        case "csv" -> ResultSetFormatter.outputAsCSV(new WriterStream(out), rs);
                        case "tsv" -> ResultSetFormatter.outputAsTSV(new WriterStream(out), rs);
                        case "json" -> ResultSetFormatter.outputAsJSON(new WriterStream(out), rs);
                        default -> out.print(ResultSetFormatter.asText(rs, q.getPrologue()));
                    }
                } else if (q.isAskType()) {
                    boolean b = qe.execAsk();
                    switch (fmt) {
                        case "json" -> ResultSetFormatter.outputAsJSON(new WriterStream(out), b);
                        case "csv" -> ResultSetFormatter.outputAsCSV(new WriterStream(out), b);
                        case "tsv" -> ResultSetFormatter.outputAsTSV(new WriterStream(out), b);
                        default -> out.println(b ? "yes" : "no");
                    }
                } else if (q.isConstructType() || q.isDescribeType()) {
                    Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    Prefixes.set(m);
                    RDFWriter.source(m).format(RDFFormat.TURTLE_PRETTY).output(new WriterStream(out));
                } else {
                    throw new DkgException("unsupported query type " + q.queryType());
                }
                return null;
            });
        }
        out.flush();
        return 0;
    }
}
