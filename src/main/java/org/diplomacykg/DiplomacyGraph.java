package org.diplomacykg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplomacykg.article.Article;
import org.diplomacykg.extract.Extraction;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.rdf.ExtractionWriter;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.rdf.Ontology;
import org.diplomacykg.rdf.Prefixes;
import org.diplomacykg.store.Store;

/**
 * The library's entry point: a knowledge graph in a store, fed with articles and queried with SPARQL.
 *
 * <pre>{@code
 * try (DiplomacyGraph g = DiplomacyGraph.open(Store.tdb2(Path.of("data/tdb2")))) {
 *     g.ingest(Article.read(Path.of("seeds/000_3f1b89652e64c667.txt")));
 *     g.select("SELECT ?e ?code { ?e a dip:Event ; dip:cameoCode ?code }", row -> System.out.println(row));
 * }
 * }</pre>
 *
 * Queries may use the standard prefixes ({@code dip:}, {@code cameo:}, {@code nif:}, {@code prov:} …)
 * without declaring them. Closing the graph closes its store.
 */
public final class DiplomacyGraph implements AutoCloseable {
    private final Store store;
    private final Extractor extractor;
    private final ExtractionWriter writer;

    private DiplomacyGraph(Store store, Extractor extractor) {
        this.store = store;
        this.extractor = extractor;
        this.writer = new ExtractionWriter(extractor.lexicon().gazetteer());
    }

    /** A graph over {@code store} with the built-in extractor. */
    public static DiplomacyGraph open(Store store) {
        return open(store, Extractor.create());
    }

    /** A graph over {@code store} using {@code extractor} (for a custom lexicon). */
    public static DiplomacyGraph open(Store store, Extractor extractor) {
        return new DiplomacyGraph(Objects.requireNonNull(store, "store"), Objects.requireNonNull(extractor, "extractor"));
    }

    public Store store() {
        return store;
    }

    public Extractor extractor() {
        return extractor;
    }

    /** Extracts an article without storing anything. */
    public Extraction extract(Article article) {
        return extractor.extract(article);
    }

    /** The RDF of an article as it would be stored: its graph, gazetteer facts and Wikidata links. */
    public Dataset toRdf(Article article) {
        return writer.write(extractor.extract(article));
    }

    /** Ingests articles; see {@link #ingest(List)}. */
    public IngestReport ingest(Article... articles) {
        return ingest(List.of(articles));
    }

    /**
     * Extracts the articles and writes them in one transaction: each into its own named graph, replacing
     * what an earlier ingest of the same article wrote. If anything fails, nothing is written.
     */
    public IngestReport ingest(List<Article> articles) {
        List<Dataset> datasets = new ArrayList<>();
        List<String> replace = new ArrayList<>();
        List<IngestReport.Article> report = new ArrayList<>();
        for (Article a : articles) {
            Extraction x = extractor.extract(a);
            Dataset d = writer.write(x);
            String graph = Iris.articleGraph(a.id());
            datasets.add(d);
            replace.add(graph);
            report.add(new IngestReport.Article(a.id(), graph, a.origin(), d.getNamedModel(graph).size(),
                x.events().size()));
        }
        datasets.add(ontologyDataset());
        replace.add(Iris.ONTOLOGY_GRAPH);
        store.write(datasets, replace);
        return new IngestReport(report);
    }

    private static Dataset ontologyDataset() {
        Model m = ModelFactory.createDefaultModel();
        m.add(Ontology.get().ontology());
        m.add(Ontology.get().cameo());
        Dataset d = DatasetFactory.create();
        d.addNamedModel(Iris.ONTOLOGY_GRAPH, m);
        return d;
    }

    /** Parses a query, with the standard prefixes available. */
    public static Query parse(String sparql) {
        // The prefixes go into the prologue, not in front of the text, so that positions refer to the user's text.
        Query q = new Query();
        q.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        try {
            QueryFactory.parse(q, sparql, null, Syntax.defaultQuerySyntax);
            return q;
        } catch (QueryParseException e) {
            // Jena's message gives the exact position; its line and column are those of the last good token.
            String message = firstLine(e.getMessage());
            String where = e.getLine() > 0 && !message.toLowerCase(java.util.Locale.ROOT).contains("line ")
                ? " at line " + e.getLine() + ", column " + e.getColumn() : "";
            throw new DkgException("invalid SPARQL query" + where + ": " + message, e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Runs a SELECT query, calling {@code row} for each solution inside the read transaction. */
    public void select(String sparql, Consumer<QuerySolution> row) {
        Query q = parse(sparql);
        if (!q.isSelectType()) {
            throw new DkgException("expected a SELECT query, got " + q.queryType());
        }
        store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(row);
            }
            return null;
        });
    }

    /** Runs an ASK query. */
    public boolean ask(String sparql) {
        Query q = parse(sparql);
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                return qe.execAsk();
            }
        });
    }

    /** Runs a CONSTRUCT or DESCRIBE query into a new model. */
    public Model construct(String sparql) {
        Query q = parse(sparql);
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                Model m = q.isDescribeType() ? qe.execDescribe() : qe.execConstruct();
                Prefixes.set(m);
                return m;
            }
        });
    }

    @Override
    public void close() {
        store.close();
    }
}
