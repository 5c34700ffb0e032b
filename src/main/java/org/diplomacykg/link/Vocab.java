package org.diplomacykg.link;

import org.apache.jena.shared.PrefixMapping;
import org.diplomacykg.rdf.Prefixes;

/** Namespaces of the datasets the linker reads, and short forms of IRIs for explanations. */
final class Vocab {
    static final String WD = "http://www.wikidata.org/entity/";
    static final String WDT = "http://www.wikidata.org/prop/direct/";
    static final String DBR = "http://dbpedia.org/resource/";
    static final String DBO = "http://dbpedia.org/ontology/";

    private static final PrefixMapping SHORT = PrefixMapping.Factory.create()
        .setNsPrefixes(Prefixes.standard())
        .setNsPrefix("wdt", WDT)
        .setNsPrefix("dbr", DBR)
        .setNsPrefix("dbo", DBO)
        .setNsPrefix(LINK.PREFIX, LINK.NS)
        .lock();

    private static final java.util.regex.Pattern WIKIDATA_ITEM =
        java.util.regex.Pattern.compile("https?://(?:www\\.)?wikidata\\.org/(?:wiki|entity)/(Q\\d+)");

    private Vocab() {}

    /** {@code wd:Q30} for {@code http://www.wikidata.org/entity/Q30}; other IRIs as they are. */
    static String shortForm(String iri) {
        String s = SHORT.shortForm(iri);
        return s.equals(iri) && iri.contains("://") ? "<" + iri + ">" : s;
    }

    /** The canonical Wikidata entity IRI for any form of a Wikidata item IRI, or {@code null}. */
    static String wikidataItem(String iri) {
        java.util.regex.Matcher m = WIKIDATA_ITEM.matcher(iri);
        return m.matches() ? WD + m.group(1) : null;
    }

    /** The page-title part of a DBpedia resource IRI, as a name ("Washington,_D.C." → "Washington, D.C."), or {@code null}. */
    static String dbpediaTitle(String iri) {
        if (!iri.startsWith(DBR) || iri.length() == DBR.length()) {
            return null;
        }
        return java.net.URLDecoder.decode(iri.substring(DBR.length()).replace("+", "%2B"),
            java.nio.charset.StandardCharsets.UTF_8).replace('_', ' ');
    }
}
