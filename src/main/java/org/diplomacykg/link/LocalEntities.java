package org.diplomacykg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.lexicon.EntityKind;
import org.diplomacykg.lexicon.Gazetteer;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.store.Store;
import org.diplomacykg.vocab.DIP;
import org.diplomacykg.vocab.SCHEMA;

/**
 * Reads the entities to link from a store: every person, organisation, country, city and treaty typed in an
 * article graph, with its names, country, capital, posts and the Wikidata items the gazetteer gives it.
 * Countries, capitals and posts the store does not describe are looked up in the gazetteer.
 */
final class LocalEntities {
    private static final String ENTITIES = """
        SELECT DISTINCT ?e ?type WHERE {
          GRAPH ?g { ?e a ?type }
          FILTER(STRSTARTS(STR(?g), "%s"))
          VALUES ?type { dip:Person dip:Country dip:City dip:GovernmentOrganization dip:Agency
                         dip:IntergovernmentalOrganization dip:Organization dip:Treaty }
        } ORDER BY ?e""".formatted(Iris.ARTICLE_GRAPH);

    private final Gazetteer gazetteer;

    LocalEntities(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<LocalEntity> read(Store store) {
        return store.read(this::read);
    }

    private List<LocalEntity> read(Dataset ds) {
        Map<String, EntityKind> kinds = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(DiplomacyGraph.parse(ENTITIES)).build()) {
            qe.execSelect().forEachRemaining(s -> {
                if (s.get("e").isURIResource()) {
                    EntityKind.ofType(s.getResource("type")).ifPresent(k -> kinds.putIfAbsent(s.getResource("e").getURI(), k));
                }
            });
        }
        Model union = ds.getUnionModel();
        Model links = ds.getNamedModel(Iris.WIKIDATA_LINKS_GRAPH);
        List<LocalEntity> out = new ArrayList<>();
        kinds.forEach((iri, kind) -> out.add(entity(union, links, union.getResource(iri), kind)));
        return out;
    }

    private LocalEntity entity(Model union, Model links, Resource e, EntityKind kind) {
        Set<String> names = new LinkedHashSet<>();
        String label = gazetteer.entity(e.getURI()).map(org.diplomacykg.lexicon.Entity::label).orElse(null);
        if (label != null) {
            names.add(label);
        }
        names.addAll(literals(e, RDFS.label));
        names.addAll(literals(e, SKOS.altLabel));
        if (label == null) {
            label = names.isEmpty() ? Vocab.shortForm(e.getURI()) : names.iterator().next();
        }
        String family = null;
        if (kind == EntityKind.PERSON) {
            List<String> fs = literals(e, SCHEMA.familyName);
            List<String> words = List.of(label.strip().split("\\s+"));
            family = !fs.isEmpty() ? fs.get(0) : words.size() > 1 ? words.get(words.size() - 1) : null;
        }
        Ref country = kind == EntityKind.COUNTRY ? null : ref(union, links, object(e, DIP.country));
        Ref capital = kind == EntityKind.COUNTRY ? ref(union, links, object(e, DIP.capital)) : null;
        List<Ref> posts = new ArrayList<>();
        LocalDate first = null;
        for (Statement t : e.listProperties(DIP.tenure).toList()) {
            if (!t.getObject().isResource()) {
                continue;
            }
            Resource tenure = t.getResource();
            Ref post = ref(union, links, object(tenure, DIP.post));
            if (post != null && posts.stream().noneMatch(p -> p.value().equals(post.value()))) {
                posts.add(post);
            }
            for (String start : literals(tenure, DIP.start)) {
                LocalDate d = Dates.parse(start).orElse(null);
                if (d != null && (first == null || d.isBefore(first))) {
                    first = d;
                }
            }
        }
        for (Statement m : e.listProperties(DIP.mentionedRole).toList()) {
            Ref post = m.getObject().isURIResource() ? ref(union, links, m.getResource()) : null;
            if (post != null && posts.stream().noneMatch(p -> p.value().equals(post.value()))) {
                posts.add(post);
            }
        }
        Set<String> known = new LinkedHashSet<>();
        links.listObjectsOfProperty(links.getResource(e.getURI()), OWL.sameAs).forEach(o -> {
            if (o.isURIResource()) {
                known.add(o.asResource().getURI());
            }
        });
        return new LocalEntity(e.getURI(), kind, label, List.copyOf(names), family, country, capital, posts, first, known);
    }

    private static Resource object(Resource s, Property p) {
        for (Statement st : s.listProperties(p).toList()) {
            if (st.getObject().isURIResource()) {
                return st.getResource();
            }
        }
        return null;
    }

    private static List<String> literals(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            RDFNode o = s.getObject();
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                String lang = l.getLanguage();
                if (lang.isEmpty() || lang.startsWith("en")) {
                    out.add(l.getLexicalForm());
                }
            }
        }
        return out;
    }

    /** A local resource (country, city, post) with its IRI, Wikidata items and names as keys. */
    private Ref ref(Model union, Model links, Resource r) {
        if (r == null) {
            return null;
        }
        String iri = r.getURI();
        Model m = ModelFactory.createDefaultModel();
        m.add(union.listStatements(union.getResource(iri), null, (RDFNode) null));
        m.add(links.listStatements(links.getResource(iri), null, (RDFNode) null));
        Model described = gazetteer.describe(List.of(iri));
        m.add(described.listStatements(described.getResource(iri), null, (RDFNode) null));
        Resource x = m.getResource(iri);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(iri);
        x.listProperties(OWL.sameAs).forEach(s -> {
            if (s.getObject().isURIResource()) {
                keys.add(s.getResource().getURI());
            }
        });
        String label = null;
        for (Property p : List.of(RDFS.label, SKOS.altLabel)) {
            for (String n : literals(x, p)) {
                keys.add(Names.normalize(n));
                if (label == null) {
                    label = n;
                }
            }
        }
        keys.remove("");
        return new Ref(iri, label == null ? Vocab.shortForm(iri) : label, keys);
    }
}
