package org.diplomacykg.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads {@link ExternalEntity} descriptions from a model in the shapes datasets really have: Wikidata's
 * truthy statements ({@code wdt:P31}, {@code wdt:P27} …, labels with language tags) and DBpedia's
 * ({@code rdf:type dbo:Person}, {@code dbo:country} …). Values are resolved to {@link Ref}s with the labels
 * and {@code owl:sameAs} links the model holds for them.
 */
final class ExternalReader {
    private final PropertyTable properties;
    private final TypeTable types;

    ExternalReader(PropertyTable properties, TypeTable types) {
        this.properties = properties;
        this.types = types;
    }

    ExternalEntity read(Model m, Resource subject) {
        List<Fact> facts = new ArrayList<>();
        for (Statement s : subject.listProperties().toList()) {
            PropertyTable.PropertyInfo p = properties.get(s.getPredicate().getURI());
            if (p == null) {
                continue;
            }
            RDFNode o = s.getObject();
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                if (!english(l)) {
                    continue;
                }
                String v = l.getLexicalForm().strip();
                if (!v.isEmpty()) {
                    facts.add(new Fact(p.role(), p.name(), literal(v)));
                }
            } else if (o.isURIResource()) {
                facts.add(new Fact(p.role(), p.name(), ref(m, o.asResource())));
            }
        }
        facts.sort(java.util.Comparator.comparing((Fact f) -> f.role().ordinal()).thenComparing(f -> f.value().value()));
        return new ExternalEntity(subject.getURI(), facts);
    }

    private static boolean english(Literal l) {
        String lang = l.getLanguage();
        return lang.isEmpty() || lang.equalsIgnoreCase("en") || lang.toLowerCase(java.util.Locale.ROOT).startsWith("en-");
    }

    static Ref literal(String value) {
        String n = Names.normalize(value);
        return new Ref(value, value, n.isEmpty() ? Set.of(value) : Set.of(n));
    }

    /** A resource with every key the model gives it: IRI, Wikidata item, sameAs targets, names. */
    Ref ref(Model m, Resource r) {
        String iri = r.getURI();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(iri);
        String wd = Vocab.wikidataItem(iri);
        if (wd != null) {
            keys.add(wd);
        }
        String label = null;
        for (Statement s : r.listProperties(OWL.sameAs).toList()) {
            if (s.getObject().isURIResource()) {
                String same = s.getResource().getURI();
                keys.add(same);
                String w = Vocab.wikidataItem(same);
                if (w != null) {
                    keys.add(w);
                }
            }
        }
        for (Statement s : m.listStatements(r, null, (RDFNode) null).toList()) {
            boolean name = s.getPredicate().equals(RDFS.label) || s.getPredicate().equals(SKOS.prefLabel)
                || s.getPredicate().equals(SKOS.altLabel);
            if (name && s.getObject().isLiteral() && english(s.getLiteral())) {
                String v = s.getLiteral().getLexicalForm();
                keys.add(Names.normalize(v));
                if (label == null && !s.getPredicate().equals(SKOS.altLabel)) {
                    label = v;
                }
            }
        }
        String title = Vocab.dbpediaTitle(iri);
        if (title != null) {
            keys.add(Names.normalize(title));
        }
        if (label == null) {
            label = types.label(iri);
        }
        if (label == null) {
            label = title != null ? title : Vocab.shortForm(iri);
        }
        keys.remove("");
        return new Ref(iri, label, keys);
    }
}
