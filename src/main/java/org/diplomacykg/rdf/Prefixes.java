package org.diplomacykg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.diplomacykg.lexicon.Gazetteer;
import org.diplomacykg.vocab.DIP;
import org.diplomacykg.vocab.ITSRDF;
import org.diplomacykg.vocab.NIF;
import org.diplomacykg.vocab.ORG;
import org.diplomacykg.vocab.PROV;
import org.diplomacykg.vocab.SCHEMA;
import org.diplomacykg.vocab.SEM;

/** The prefixes diplomacy-kg writes and accepts in queries. */
public final class Prefixes {
    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
        .setNsPrefix("rdf", RDF.getURI())
        .setNsPrefix("rdfs", RDFS.getURI())
        .setNsPrefix("owl", OWL.getURI())
        .setNsPrefix("xsd", XSD.getURI())
        .setNsPrefix("skos", SKOS.getURI())
        .setNsPrefix("dcterms", DCTerms.getURI())
        .setNsPrefix(DIP.PREFIX, DIP.NS)
        .setNsPrefix("cameo", Ontology.CAMEO_NS)
        .setNsPrefix(NIF.PREFIX, NIF.NS)
        .setNsPrefix(SEM.PREFIX, SEM.NS)
        .setNsPrefix(PROV.PREFIX, PROV.NS)
        .setNsPrefix(ITSRDF.PREFIX, ITSRDF.NS)
        .setNsPrefix(ORG.PREFIX, ORG.NS)
        .setNsPrefix(SCHEMA.PREFIX, SCHEMA.NS)
        .setNsPrefix("wd", Gazetteer.WIKIDATA_ENTITY)
        .setNsPrefix("country", Iris.ENTITY + "country/")
        .setNsPrefix("city", Iris.ENTITY + "city/")
        .setNsPrefix("person", Iris.ENTITY + "person/")
        .setNsPrefix("organisation", Iris.ENTITY + "org/")
        .setNsPrefix("treaty", Iris.ENTITY + "treaty/")
        .setNsPrefix("post", Iris.ENTITY + "post/")
        .setNsPrefix("event", Iris.EVENT)
        .setNsPrefix("article", Iris.ARTICLE)
        .lock();

    private Prefixes() {}

    public static PrefixMapping standard() {
        return STANDARD;
    }

    public static void set(Model m) {
        m.setNsPrefixes(STANDARD);
    }

    /** The prefixes as SPARQL PREFIX lines, to put in front of a user's query. */
    public static String sparql() {
        StringBuilder b = new StringBuilder();
        STANDARD.getNsPrefixMap().forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return b.toString();
    }
}
