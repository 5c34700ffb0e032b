package org.diplomacykg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.lexicon.Gazetteer;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.store.Store;

/**
 * The entities of the graph, one row each, with this stable header: {@code entity,label,type,wikidata,
 * mentions,articles}. An entity is anything an article graph types as a person, organisation, country, city
 * or treaty. Its QID is the one the gazetteer gives (graph {@code …/links/wikidata}), else one a linkset
 * states with {@code owl:sameAs}. Rows are ordered by mentions, most first, then by IRI.
 */
public final class EntityTable {
    public static final List<String> COLUMNS = List.of("entity", "label", "type", "wikidata", "mentions", "articles");

    private static final String ARTICLE_GRAPHS = "FILTER(STRSTARTS(STR(?g), \"" + Iris.ARTICLE_GRAPH + "\"))";
    private static final String ENTITIES = """
        SELECT DISTINCT ?e ?type WHERE {
          GRAPH ?g { ?e a ?type }
          %s
          VALUES ?type { dip:Person dip:Country dip:City dip:GovernmentOrganization dip:Agency
                         dip:IntergovernmentalOrganization dip:Organization dip:Treaty }
        }""".formatted(ARTICLE_GRAPHS);
    private static final String MENTIONS = """
        SELECT ?e (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?g) AS ?articles) WHERE {
          GRAPH ?g { ?m a nif:Phrase ; itsrdf:taIdentRef ?e }
          %s
        } GROUP BY ?e""".formatted(ARTICLE_GRAPHS);
    private static final String LABELS = """
        SELECT ?e ?label WHERE { ?e rdfs:label ?label }""";
    private static final String QIDS = """
        SELECT ?e ?same ?g WHERE { GRAPH ?g { ?e owl:sameAs ?same } FILTER(STRSTARTS(STR(?same), "%s")) }"""
        .formatted(Gazetteer.WIKIDATA_ENTITY);

    private EntityTable() {}

    /** One row per entity. */
    public static List<EntityRow> entities(Store store) {
        return store.read(EntityTable::read);
    }

    /** The rows as cells, for {@link TableFormat}. */
    public static List<List<String>> cells(List<EntityRow> rows) {
        return rows.stream().map(EntityRow::cells).toList();
    }

    private static List<EntityRow> read(Dataset ds) {
        Map<String, String> types = new LinkedHashMap<>();
        select(ds, ENTITIES, s -> {
            if (s.get("e").isURIResource()) {
                types.merge(iri(s, "e"), s.getResource("type").getLocalName(), EntityTable::moreSpecific);
            }
        });
        Map<String, long[]> counts = new HashMap<>();
        select(ds, MENTIONS, s -> counts.put(iri(s, "e"), new long[] {s.getLiteral("mentions").getLong(),
            s.getLiteral("articles").getLong()}));
        Map<String, String> labels = new HashMap<>();
        select(ds, LABELS, s -> {
            if (!s.get("e").isURIResource() || !types.containsKey(iri(s, "e"))) {
                return;
            }
            RDFNode l = s.get("label");
            String lang = l.isLiteral() ? l.asLiteral().getLanguage() : "";
            String e = iri(s, "e");
            if (!labels.containsKey(e) || lang.startsWith("en")) {
                labels.put(e, l.isLiteral() ? l.asLiteral().getLexicalForm() : l.toString());
            }
        });
        Map<String, String> qids = new HashMap<>();
        select(ds, QIDS, s -> {
            if (!s.get("e").isURIResource()) {
                return;
            }
            String e = iri(s, "e");
            String qid = iri(s, "same").substring(Gazetteer.WIKIDATA_ENTITY.length());
            boolean gazetteer = iri(s, "g").equals(Iris.WIKIDATA_LINKS_GRAPH);
            String before = qids.get(e);
            if (before == null || gazetteer || (!before.startsWith("!") && qid.compareTo(before) < 0)) {
                qids.put(e, gazetteer ? "!" + qid : qid);
            }
        });
        List<EntityRow> rows = new ArrayList<>();
        types.forEach((e, type) -> {
            long[] c = counts.getOrDefault(e, new long[2]);
            String qid = qids.getOrDefault(e, "");
            rows.add(new EntityRow(e, labels.getOrDefault(e, ""), type, qid.startsWith("!") ? qid.substring(1) : qid, c[0], c[1]));
        });
        rows.sort(Comparator.comparingLong(EntityRow::mentions).reversed().thenComparing(EntityRow::entity));
        return rows;
    }

    /** Of two dip: classes given to one entity, the more specific (an agency is an organisation). */
    private static String moreSpecific(String a, String b) {
        return a.equals("Organization") ? b : a;
    }

    private static void select(Dataset ds, String query, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(DiplomacyGraph.parse(query)).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    private static String iri(QuerySolution s, String v) {
        RDFNode n = s.get(v);
        return n.isURIResource() ? n.asResource().getURI() : n.toString();
    }
}
