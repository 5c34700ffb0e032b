package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.diplomacykg.export.CompactJsonLd;
import org.diplomacykg.export.DatasetDescription;
import org.diplomacykg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg export}: the whole store as quads. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Print the whole database with its named graphs.",
        "JSON-LD is compacted with the published context (org/diplomacykg/context.jsonld in the jar), inline unless "
            + "--jsonld-context gives its URL."})
final class ExportCommand implements Callable<Integer> {
    static final String DEFAULT_ENDPOINT = "http://127.0.0.1:3030/diplomacy/sparql";

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "trig", description = "trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--with-void", description = "Add a VoID and DCAT description of the data in the graph "
        + DatasetDescription.GRAPH + ".")
    boolean withVoid;

    @Option(names = "--void-endpoint", paramLabel = "URL", defaultValue = DEFAULT_ENDPOINT,
        description = "The SPARQL endpoint the description names (default: ${DEFAULT-VALUE}).")
    String voidEndpoint;

    @Option(names = "--void-dump", paramLabel = "URL", description = "The URL of this dump, for the description's void:dataDump.")
    String voidDump;

    @Option(names = "--jsonld-context", paramLabel = "URL",
        description = "With --format jsonld: refer to the context at this URL (e.g. " + CompactJsonLd.CONTEXT_URL
            + ") instead of writing it inline.")
    String jsonldContext;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RdfFormat f = RdfFormat.parse(format);
        if (f != RdfFormat.TRIG && f != RdfFormat.NQ && f != RdfFormat.JSONLD) {
            throw new IllegalArgumentException("export keeps named graphs: use trig, nq or jsonld, not " + format);
        }
        if (jsonldContext != null && f != RdfFormat.JSONLD) {
            throw new IllegalArgumentException("--jsonld-context goes with --format jsonld, not " + format);
        }
        try (Store s = store.openExisting()) {
            Dataset dump = withVoid ? withDescription(s) : null;
            s.read(ds -> {
                write(f, dump != null ? dump : ds, Streams.out(spec));
                return (Dataset) null;
            });
        }
        return 0;
    }

    private void write(RdfFormat f, Dataset ds, PrintWriter out) {
        if (f == RdfFormat.JSONLD) {
            CompactJsonLd.write(ds.asDatasetGraph(), out, jsonldContext);
        } else {
            f.write(ds, out);
        }
    }

    /** A copy of the store with the description in its own graph (replacing any stored there). */
    private Dataset withDescription(Store s) {
        Model description = DatasetDescription.create().sparqlEndpoint(voidEndpoint).dataDump(voidDump).build().describe(s);
        Dataset copy = DatasetFactory.create();
        DatasetGraph target = copy.asDatasetGraph();
        s.read(ds -> {
            Iterator<Quad> it = ds.asDatasetGraph().find();
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.isDefaultGraph() && !q.getGraph().equals(NodeFactory.createURI(DatasetDescription.GRAPH))) {
                    target.add(q);
                }
            }
            return null;
        });
        copy.addNamedModel(DatasetDescription.GRAPH, description);
        return copy;
    }
}
