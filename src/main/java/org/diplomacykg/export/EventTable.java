package org.diplomacykg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.lexicon.Gazetteer;
import org.diplomacykg.store.Store;

/**
 * The event table analysts consume, as GDELT's users do: one row per event (or per mention), with this
 * stable header:
 * {@code event,article,date,cameo_code,cameo_label,actor1,actor1_wikidata,actor2,actor2_wikidata,place,
 * place_wikidata,sentence_begin,sentence_end,confidence,source_text}.
 * An event's row takes its article, sentence, code and actors from its earliest mention, its date from the
 * most precise mention, and its confidence from the most confident one. Offsets are in code points.
 */
public final class EventTable {
    public static final List<String> COLUMNS = List.of("event", "article", "date", "cameo_code", "cameo_label",
        "actor1", "actor1_wikidata", "actor2", "actor2_wikidata", "place", "place_wikidata", "sentence_begin",
        "sentence_end", "confidence", "source_text");

    private static final String MENTIONS = """
        SELECT ?event ?code ?mention ?article ?issued ?sb ?se ?text ?conf ?date ?src ?tgt ?place ?label WHERE {
          ?event a dip:Event ; dip:mention ?mention .
          ?mention dip:cameoCode ?code ; dip:sentence ?sentence ; dip:confidence ?conf ; prov:wasDerivedFrom ?article .
          ?sentence nif:beginIndex ?sb ; nif:endIndex ?se ; nif:anchorOf ?text .
          OPTIONAL { ?article dcterms:issued ?issued }
          OPTIONAL { ?mention dip:date ?date }
          OPTIONAL { ?mention dip:sourceActor ?src }
          OPTIONAL { ?mention dip:targetActor ?tgt }
          OPTIONAL { ?mention sem:hasPlace ?place }
          OPTIONAL { ?mention dip:cameo/skos:prefLabel ?label }
        }""";

    private static final String NAMES = """
        SELECT ?x ?label ?same WHERE {
          ?x rdfs:label ?label .
          OPTIONAL { ?x owl:sameAs ?same }
        }""";

    private EventTable() {}

    /** One row per event. */
    public static List<EventRow> events(Store store) {
        return read(store, false);
    }

    /** One row per mention: the same event reported twice gives two rows. */
    public static List<EventRow> mentions(Store store) {
        return read(store, true);
    }

    private record M(String event, String code, String mention, String article, String issued, long sb, long se,
                     String text, double conf, String date, String src, String tgt, String place, String label) {}

    private static List<EventRow> read(Store store, boolean perMention) {
        return store.read(ds -> {
            List<M> ms = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(DiplomacyGraph.parse(MENTIONS)).build()) {
                qe.execSelect().forEachRemaining(s -> ms.add(new M(iri(s, "event"), lex(s, "code"), iri(s, "mention"),
                    iri(s, "article"), lex(s, "issued"), s.getLiteral("sb").getLong(), s.getLiteral("se").getLong(),
                    lex(s, "text"), s.getLiteral("conf").getDouble(), lex(s, "date"), iri(s, "src"), iri(s, "tgt"),
                    iri(s, "place"), lex(s, "label"))));
            }
            ms.sort(Comparator.comparing((M m) -> m.issued() == null ? "9999" : m.issued())
                .thenComparing(M::article).thenComparingLong(M::sb).thenComparing(M::mention));
            Names names = Names.load(ds);
            List<EventRow> rows = new ArrayList<>();
            if (perMention) {
                Set<String> seen = new LinkedHashSet<>();
                for (M m : ms) {
                    if (seen.add(m.mention())) {
                        rows.add(row(m, m.date(), m.conf(), names));
                    }
                }
                return rows;
            }
            Map<String, List<M>> byEvent = new LinkedHashMap<>();
            for (M m : ms) {
                byEvent.computeIfAbsent(m.event(), k -> new ArrayList<>()).add(m);
            }
            for (List<M> group : byEvent.values()) {
                M first = group.get(0);
                String date = null;
                double conf = 0;
                for (M m : group) {
                    if (m.date() != null && (date == null || m.date().length() > date.length())) {
                        date = m.date();
                    }
                    conf = Math.max(conf, m.conf());
                }
                rows.add(row(first, date, conf, names));
            }
            return rows;
        });
    }

    private static EventRow row(M m, String date, double conf, Names names) {
        return new EventRow(m.event(), m.article(), date == null ? "" : date, m.code(), nz(m.label()),
            names.label(m.src()), names.qid(m.src()), names.label(m.tgt()), names.qid(m.tgt()), names.label(m.place()),
            names.qid(m.place()), m.sb(), m.se(), conf, m.text());
    }

    /** Labels and Wikidata QIDs of every labelled resource, read once per table. */
    private record Names(Map<String, String> labels, Map<String, String> qids) {
        static Names load(Dataset ds) {
            Map<String, String> labels = new HashMap<>();
            Map<String, String> qids = new HashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(DiplomacyGraph.parse(NAMES)).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    if (!s.get("x").isURIResource()) {
                        return;
                    }
                    String x = s.getResource("x").getURI();
                    RDFNode l = s.get("label");
                    String lang = l.isLiteral() ? l.asLiteral().getLanguage() : "";
                    if (!labels.containsKey(x) || lang.startsWith("en")) {
                        labels.put(x, l.isLiteral() ? l.asLiteral().getString() : l.toString());
                    }
                    RDFNode same = s.get("same");
                    if (same != null && same.isURIResource() && same.asResource().getURI().startsWith(Gazetteer.WIKIDATA_ENTITY)) {
                        qids.put(x, same.asResource().getURI().substring(Gazetteer.WIKIDATA_ENTITY.length()));
                    }
                });
            }
            return new Names(labels, qids);
        }

        String label(String iri) {
            return iri == null ? "" : labels.getOrDefault(iri, iri);
        }

        String qid(String iri) {
            return iri == null ? "" : qids.getOrDefault(iri, "");
        }
    }

    public static List<List<String>> cells(List<EventRow> rows) {
        return rows.stream().map(EventRow::cells).toList();
    }

    private static String iri(QuerySolution s, String v) {
        RDFNode n = s.get(v);
        return n == null ? null : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static String lex(QuerySolution s, String v) {
        RDFNode n = s.get(v);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
