package org.diplomacykg.rdf;

import java.util.List;
import org.diplomacykg.internal.Hashes;
import org.diplomacykg.lexicon.EntityKind;

/**
 * How diplomacy-kg mints IRIs. Everything lives under {@link #BASE}; articles and events are named by
 * content hashes, so the same input always gives the same IRI.
 */
public final class Iris {
    public static final String BASE = "https://w3id.org/diplomacy-kg/";
    public static final String ENTITY = BASE + "id/";
    public static final String ARTICLE = BASE + "article/";
    public static final String EVENT = BASE + "event/";
    public static final String GRAPH = BASE + "graph/";
    public static final String ARTICLE_GRAPH = GRAPH + "article/";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    public static final String GAZETTEER_GRAPH = GRAPH + "gazetteer";
    public static final String WIKIDATA_LINKS_GRAPH = GRAPH + "links/wikidata";
    public static final String RELATIONSHIP = BASE + "relationship/";
    public static final String SOFTWARE = BASE + "software/diplomacy-kg/";

    private Iris() {}

    public static String entity(EntityKind kind, String slug) {
        return ENTITY + kind.iriSegment() + "/" + slug;
    }

    public static String article(String articleId) {
        return ARTICLE + articleId;
    }

    public static String articleGraph(String articleId) {
        return ARTICLE_GRAPH + articleId;
    }

    /** A span of an article's text, as NIF 2.0's RFC 5147 scheme names it, in code points. */
    public static String span(String articleId, int cpBegin, int cpEnd) {
        return article(articleId) + "#char=" + cpBegin + "," + cpEnd;
    }

    /** One mention of an event in an article. */
    public static String eventMention(String articleId, int n) {
        return article(articleId) + "#event-" + n;
    }

    /** An event, named by a hash of what identifies it (type, actors, time, place). */
    public static String event(List<String> identity) {
        return EVENT + Hashes.sha256Hex(String.join("\u001f", identity), 16);
    }

    /** The relationship between two actors, whatever the order they are given in. */
    public static String relationship(String a, String b) {
        String x = a.compareTo(b) <= 0 ? a : b;
        String y = a.compareTo(b) <= 0 ? b : a;
        return RELATIONSHIP + Hashes.sha256Hex(x + "\u001f" + y, 16);
    }

    public static String software(String version) {
        return SOFTWARE + version;
    }
}
