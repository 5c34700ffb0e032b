package org.diplomacykg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.Ontology;
import org.diplomacykg.rdf.Prefixes;
import org.diplomacykg.store.Store;

/**
 * Checks diplomacy-kg RDF against the SHACL shapes in {@code ontology/shapes.ttl} (shipped in the jar).
 *
 * <pre>{@code
 * ShapeReport r = ShapeCheck.validate(store);              // or a Dataset from ExtractionWriter, or a Model
 * if (!r.conforms()) r.lines().forEach(System.out::println);
 * }</pre>
 *
 * The shapes apply to the union of every graph given (the default graph and all named graphs): events in
 * article graphs, their actors' labels in the gazetteer graph. The ontology and the CAMEO scheme are added
 * when the data does not hold them already, so that class and concept checks work on a bare extraction.
 */
public final class ShapeCheck {
    /** Where the shapes live on the classpath (the build copies {@code ontology/} there). */
    public static final String SHAPES_RESOURCE = "/org/diplomacykg/ontology/shapes.ttl";

    private static final Node ONTOLOGY = NodeFactory.createURI(Ontology.NS);
    private static final Node CAMEO_SCHEME = NodeFactory.createURI(Ontology.CAMEO_NS);
    private static final Prologue PROLOGUE = new Prologue(Prefixes.standard());

    private ShapeCheck() {}

    /** The shapes, parsed once. */
    private static final class Holder {
        static final Shapes SHAPES = Shapes.parse(readShapes());
    }

    private static Graph readShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeCheck.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES_RESOURCE + " is missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/diplomacy-kg/shapes").parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** The shapes graph, for those who want to run another SHACL engine over it. Do not modify it. */
    public static Graph shapes() {
        return Holder.SHAPES.getGraph();
    }

    /** Checks a store: the union of its named graphs (and default graph), in one read transaction. */
    public static ShapeReport validate(Store store) {
        return store.read(ShapeCheck::validate);
    }

    /** Checks a dataset, such as {@code ExtractionWriter.write(...)}: its default graph and all its named graphs. */
    public static ShapeReport validate(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Graph union = dsg.getUnionGraph();
        Graph dflt = dsg.getDefaultGraph();
        return validate(dflt.isEmpty() ? union : new MultiUnion(new Graph[] {dflt, union}));
    }

    /** Checks one model. */
    public static ShapeReport validate(Model model) {
        return validate(model.getGraph());
    }

    /** Checks one graph; the ontology and the CAMEO scheme are added if it lacks them. Nothing is modified. */
    public static ShapeReport validate(Graph data) {
        Graph g = data;
        if (!data.contains(ONTOLOGY, RDF.type.asNode(), OWL.Ontology.asNode())
            || !data.contains(CAMEO_SCHEME, RDF.type.asNode(), SKOS.ConceptScheme.asNode())) {
            g = new MultiUnion(new Graph[] {data, Ontology.get().ontology().getGraph(), Ontology.get().cameo().getGraph()});
        }
        ValidationReport report = ShaclValidator.get().validate(Holder.SHAPES, g);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(new Violation(node(e.focusNode()),
                e.resultPath() == null ? "" : PathWriter.asString(e.resultPath(), PROLOGUE),
                e.message(), severity(e.severity()), e.value() == null ? "" : FmtUtils.stringForNode(e.value(), PROLOGUE),
                e.source() == null ? "" : FmtUtils.stringForNode(e.source(), PROLOGUE)));
        }
        violations.sort(Comparator.comparing(Violation::focusNode).thenComparing(Violation::path)
            .thenComparing(Violation::message).thenComparing(Violation::value));
        return new ShapeReport(report.conforms(), violations);
    }

    private static String node(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return FmtUtils.stringForNode(n, PROLOGUE);
    }

    private static String severity(Severity s) {
        if (s == null || s.level() == null || !s.level().isURI()) {
            return "Violation";
        }
        return s.level().getLocalName();
    }
}
