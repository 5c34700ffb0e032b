package org.diplomacykg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.rdf.Ontology;
import org.diplomacykg.rdf.Prefixes;
import org.diplomacykg.store.Store;
import org.diplomacykg.vocab.DIP;
import org.diplomacykg.vocab.ITSRDF;
import org.diplomacykg.vocab.NIF;

/**
 * What the store says about one IRI, for its linked-data documents: the statements about it (outgoing, and
 * incoming up to {@value #MAX_IN}), for an article also the statements about its fragments ({@code #char=…},
 * {@code #event-n}) from its own graph, the labels of everything mentioned, and the sentences it was read from.
 * Read with the Model API inside one read transaction: the IRI is never spliced into query text.
 */
final class ResourceDescription {
    static final int MAX_OUT = 5_000;
    static final int MAX_IN = 500;
    static final int MAX_SENTENCES = 100;

    /** A sentence a resource was read from, with its article. */
    record Sentence(String iri, String text, long begin, String article, String articleTitle) {}

    final String iri;
    final Model data;
    final Map<String, String> labels;
    final List<Sentence> sentences;
    final boolean incomingCut;

    private ResourceDescription(String iri, Model data, Map<String, String> labels, List<Sentence> sentences, boolean incomingCut) {
        this.iri = iri;
        this.data = data;
        this.labels = labels;
        this.sentences = sentences;
        this.incomingCut = incomingCut;
    }

    /** The description, or empty if the store (and the shipped ontology) know nothing about the IRI. */
    static Optional<ResourceDescription> read(Store store, String iri) {
        Optional<ResourceDescription> d = store.read(ds -> describe(ds.getUnionModel(), ds, iri));
        if (d.isEmpty() && (iri.startsWith(Ontology.CAMEO_NS) || iri.startsWith(Ontology.NS))) {
            // The ontology and the CAMEO scheme are in every store that holds an article; a store without any
            // still answers for them, from the copy in the jar.
            Model shipped = ModelFactory.createUnion(Ontology.get().ontology(), Ontology.get().cameo());
            d = describe(shipped, null, iri);
        }
        return d;
    }

    private static Optional<ResourceDescription> describe(Model union, Dataset ds, String iri) {
        Model data = ModelFactory.createDefaultModel();
        Prefixes.set(data);
        Resource r = union.createResource(iri);
        copy(union.listStatements(r, null, (RDFNode) null), data, MAX_OUT);
        boolean cut = copy(union.listStatements(null, null, r), data, MAX_IN);
        boolean article = iri.startsWith(Iris.ARTICLE) && iri.indexOf('#') < 0;
        if (article && ds != null) {
            String graph = Iris.ARTICLE_GRAPH + iri.substring(Iris.ARTICLE.length());
            if (ds.containsNamedModel(graph)) {
                String prefix = iri + "#";
                StmtIterator it = ds.getNamedModel(graph).listStatements();
                try {
                    while (it.hasNext()) {
                        Statement s = it.next();
                        if (s.getSubject().isURIResource() && s.getSubject().getURI().startsWith(prefix)) {
                            data.add(s);
                        }
                    }
                } finally {
                    it.close();
                }
            }
        }
        if (data.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> labels = new HashMap<>();
        data.listStatements().forEach(s -> {
            label(union, s.getSubject(), labels);
            label(union, s.getPredicate(), labels);
            if (s.getObject().isURIResource()) {
                label(union, s.getObject().asResource(), labels);
            }
        });
        List<Sentence> sentences = article ? List.of() : sentences(union, r);
        return Optional.of(new ResourceDescription(iri, data, labels, sentences, cut));
    }

    /** Copies up to {@code max} statements; returns whether some were left out. */
    private static boolean copy(StmtIterator it, Model into, int max) {
        try {
            int n = 0;
            while (it.hasNext()) {
                if (n++ == max) {
                    return true;
                }
                into.add(it.next());
            }
            return false;
        } finally {
            it.close();
        }
    }

    private static void label(Model union, Resource r, Map<String, String> labels) {
        if (!r.isURIResource() || labels.containsKey(r.getURI())) {
            return;
        }
        Resource x = union.createResource(r.getURI());
        String best = null;
        for (var p : List.of(RDFS.label, SKOS.prefLabel, DCTerms.title)) {
            StmtIterator it = x.listProperties(p);
            try {
                while (it.hasNext()) {
                    RDFNode o = it.next().getObject();
                    if (o.isLiteral()) {
                        String lang = o.asLiteral().getLanguage();
                        if (best == null || lang.equals("en")) {
                            best = o.asLiteral().getLexicalForm();
                        }
                    }
                }
            } finally {
                it.close();
            }
            if (best != null) {
                break;
            }
        }
        labels.put(r.getURI(), best);
    }

    /** The sentences a resource was found in: as a named entity, as an event (via its mentions), or directly. */
    private static List<Sentence> sentences(Model union, Resource r) {
        Map<String, Resource> found = new LinkedHashMap<>();
        union.listSubjectsWithProperty(ITSRDF.taIdentRef, r).forEach(phrase ->
            phrase.listProperties(NIF.sentence).forEach(s -> add(found, s.getObject())));
        r.listProperties(DIP.mention).forEach(m -> m.getObject().asResource().listProperties(DIP.sentence)
            .forEach(s -> add(found, s.getObject())));
        r.listProperties(DIP.sentence).forEach(s -> add(found, s.getObject()));
        List<Sentence> out = new ArrayList<>();
        for (Resource s : found.values()) {
            if (out.size() == MAX_SENTENCES) {
                break;
            }
            Statement text = s.getProperty(NIF.anchorOf);
            if (text == null) {
                continue;
            }
            Statement begin = s.getProperty(NIF.beginIndex);
            String articleIri = null;
            String title = null;
            Statement ctx = s.getProperty(NIF.referenceContext);
            if (ctx != null && ctx.getObject().isResource()) {
                Resource a = first(union.listSubjectsWithProperty(DIP.text, ctx.getObject()).toList());
                if (a != null && a.isURIResource()) {
                    articleIri = a.getURI();
                    Statement t = a.getProperty(DCTerms.title);
                    title = t == null || !t.getObject().isLiteral() ? null : t.getLiteral().getLexicalForm();
                }
            }
            out.add(new Sentence(s.getURI(), text.getString(), begin == null ? 0 : begin.getLong(), articleIri, title));
        }
        out.sort(Comparator.comparing((Sentence s) -> s.article() == null ? "" : s.article()).thenComparingLong(Sentence::begin));
        return out;
    }

    private static void add(Map<String, Resource> found, RDFNode n) {
        if (n.isURIResource()) {
            found.putIfAbsent(n.asResource().getURI(), n.asResource());
        }
    }

    private static Resource first(List<Resource> rs) {
        return rs.stream().filter(Resource::isURIResource).min(Comparator.comparing(Resource::getURI)).orElse(null);
    }
}
