package org.diplomacykg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.internal.Hashes;
import org.diplomacykg.lexicon.Gazetteer;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.rdf.Ontology;
import org.diplomacykg.rdf.Prefixes;
import org.diplomacykg.store.Store;
import org.diplomacykg.vocab.DIP;
import org.diplomacykg.vocab.NIF;
import org.diplomacykg.vocab.PROV;
import org.diplomacykg.vocab.SEM;

/**
 * A VoID and DCAT description of the knowledge graph, computed from a store:
 *
 * <ul>
 * <li>the dataset {@value #DATASET} as {@code void:Dataset} and {@code dcat:Dataset}: {@code void:triples}
 * (quads of every named graph but the description's own), {@code void:entities} (distinct IRI subjects in
 * {@code void:uriSpace} {@code https://w3id.org/diplomacy-kg/}), {@code void:classes},
 * {@code void:properties}, {@code void:distinctSubjects}, {@code void:distinctObjects},
 * {@code void:documents} (articles), a {@code void:classPartition} per class with its {@code void:entities},
 * {@code void:sparqlEndpoint}, {@code void:dataDump}, {@code void:vocabulary};</li>
 * <li>one {@code void:Linkset} per linkset graph ({@code …/graph/links/NAME}) and link predicate
 * ({@code owl:sameAs}, {@code skos:closeMatch}), a {@code void:subset} of the dataset, with its
 * {@code void:linkPredicate}, {@code void:triples}, {@code void:subjectsTarget} and
 * {@code void:objectsTarget} (Wikidata for the gazetteer's links, else the source the linker recorded);</li>
 * <li>DCAT and Dublin Core metadata: title, description, licence and rights, keywords,
 * {@code dcterms:source} for every article's source, {@code dcterms:created} and {@code dcterms:modified}
 * (the database folder's times, or the time of the description for a store in memory), the articles'
 * publication period as {@code dcterms:temporal}, and a distribution for the endpoint and one for the dump.</li>
 * </ul>
 *
 * <pre>{@code
 * Model voidModel = DatasetDescription.create()
 *     .sparqlEndpoint("http://127.0.0.1:3030/diplomacy/sparql")
 *     .dataDump("http://127.0.0.1:3030/diplomacy/data")
 *     .build().describe(store);
 * }</pre>
 */
public final class DatasetDescription {
    /** The IRI of the dataset described. */
    public static final String DATASET = Iris.BASE + "dataset";
    /** The named graph the description goes into when it is added to a dump. */
    public static final String GRAPH = Iris.GRAPH + "void";
    /** The default licence: the gazetteer derives from ODbL data, so the graph is shared under the ODbL. */
    public static final String ODBL = "https://opendatacommons.org/licenses/odbl/1-0/";
    private static final String WIKIDATA = "https://www.wikidata.org/";
    private static final String LINKS = Iris.GRAPH + "links/";

    private final String sparqlEndpoint;
    private final String dataDump;
    private final String title;
    private final String description;
    private final String license;
    private final Instant created;
    private final Instant modified;

    private DatasetDescription(Builder b) {
        this.sparqlEndpoint = b.sparqlEndpoint;
        this.dataDump = b.dataDump;
        this.title = b.title;
        this.description = b.description;
        this.license = b.license;
        this.created = b.created;
        this.modified = b.modified;
    }

    /** A builder: endpoint and dump URLs are optional, title, description and licence have defaults. */
    public static Builder create() {
        return new Builder();
    }

    /** The description of what the store holds now, as a new model (standard prefixes plus void: and dcat:). */
    public Model describe(Store store) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.set(m);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        Counts c = store.read(Counts::of);
        Resource ds = m.createResource(DATASET).addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset);
        statistics(m, ds, c);
        linksets(m, ds, c);
        metadata(m, ds, c, store);
        return m;
    }

    private void statistics(Model m, Resource ds, Counts c) {
        ds.addLiteral(VOID.triples, integer(m, c.triples))
            .addLiteral(VOID.entities, integer(m, c.entities))
            .addLiteral(VOID.classes, integer(m, c.classes.size()))
            .addLiteral(VOID.properties, integer(m, c.properties))
            .addLiteral(VOID.distinctSubjects, integer(m, c.subjects))
            .addLiteral(VOID.distinctObjects, integer(m, c.objects))
            .addLiteral(VOID.documents, integer(m, c.articles))
            .addProperty(VOID.uriSpace, Iris.BASE);
        for (String ns : List.of(DIP.NS, Ontology.CAMEO_NS, NIF.NS, SEM.NS, PROV.NS, SKOS.getURI(), OWL.getURI(),
            DCTerms.getURI())) {
            ds.addProperty(VOID.vocabulary, m.createResource(ns));
        }
        if (sparqlEndpoint != null) {
            ds.addProperty(VOID.sparqlEndpoint, m.createResource(sparqlEndpoint));
        }
        if (dataDump != null) {
            ds.addProperty(VOID.dataDump, m.createResource(dataDump));
        }
        c.classes.forEach((cls, n) -> ds.addProperty(VOID.classPartition,
            m.createResource(DATASET + "/class/" + Hashes.sha256Hex(cls, 16))
                .addProperty(VOID._class, m.createResource(cls))
                .addLiteral(VOID.entities, integer(m, n))));
    }

    private static void linksets(Model m, Resource ds, Counts c) {
        for (Linkset l : c.linksets) {
            String name = l.graph().substring(LINKS.length());
            String local = l.predicate().equals(OWL.sameAs.getURI()) ? "" : "/" + m.createResource(l.predicate()).getLocalName();
            Resource target;
            if (l.graph().equals(Iris.WIKIDATA_LINKS_GRAPH)) {
                target = m.createResource(WIKIDATA).addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, "Wikidata", "en").addProperty(VOID.uriSpace, Gazetteer.WIKIDATA_ENTITY);
            } else if (l.source() != null) {
                target = m.createResource(l.source()).addProperty(RDF.type, VOID.Dataset);
            } else {
                target = m.createResource(DATASET + "/linkset/" + name + "/target").addProperty(RDF.type, VOID.Dataset);
            }
            Resource linkset = m.createResource(DATASET + "/linkset/" + name + local)
                .addProperty(RDF.type, VOID.Linkset)
                .addProperty(VOID.subjectsTarget, ds)
                .addProperty(VOID.objectsTarget, target)
                .addProperty(VOID.linkPredicate, m.createResource(l.predicate()))
                .addLiteral(VOID.triples, integer(m, l.triples()))
                .addProperty(DCTerms.source, m.createResource(l.graph()));
            ds.addProperty(VOID.subset, linkset);
        }
    }

    private void metadata(Model m, Resource ds, Counts c, Store store) {
        ds.addProperty(DCTerms.title, title, "en").addProperty(DCTerms.description, description, "en")
            .addProperty(DCTerms.license, m.createResource(license))
            .addProperty(DCTerms.rights, "Countries and cities: Data by Countries States Cities Database, "
                + "https://github.com/dr5hn/countries-states-cities-database | ODbL v1.0. CAMEO codes: Schrodt (2012), "
                + "CAMEO Event and Actor Codebook 1.1b3.", "en")
            .addProperty(DCAT.landingPage, m.createResource("https://w3id.org/diplomacy-kg/"));
        for (String k : List.of("diplomacy", "international relations", "CAMEO", "events", "knowledge graph")) {
            ds.addProperty(DCAT.keyword, k, "en");
        }
        for (RDFNode source : c.sources) {
            ds.addProperty(DCTerms.source, source);
        }
        Instant[] times = times(store);
        if (times[0] != null) {
            ds.addLiteral(DCTerms.created, dateTime(m, times[0]));
        }
        ds.addLiteral(DCTerms.modified, dateTime(m, times[1]));
        if (c.firstIssued != null) {
            ds.addProperty(DCTerms.temporal, m.createResource(DATASET + "/period").addProperty(RDF.type, DCTerms.PeriodOfTime)
                .addProperty(DCAT.startDate, c.firstIssued).addProperty(DCAT.endDate, c.lastIssued));
        }
        if (sparqlEndpoint != null) {
            ds.addProperty(DCAT.distribution, m.createResource(DATASET + "/distribution/sparql")
                .addProperty(RDF.type, DCAT.Distribution).addProperty(DCAT.accessURL, m.createResource(sparqlEndpoint))
                .addProperty(DCTerms.title, "SPARQL endpoint", "en")
                .addProperty(DCAT.accessService, m.createResource(DATASET + "/service/sparql")
                    .addProperty(RDF.type, DCAT.DataService)
                    .addProperty(DCAT.endpointURL, m.createResource(sparqlEndpoint))
                    .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))));
        }
        if (dataDump != null) {
            ds.addProperty(DCAT.distribution, m.createResource(DATASET + "/distribution/dump")
                .addProperty(RDF.type, DCAT.Distribution).addProperty(DCAT.downloadURL, m.createResource(dataDump))
                .addProperty(DCAT.accessURL, m.createResource(dataDump))
                .addProperty(DCTerms.title, "Data dump with named graphs", "en"));
        }
    }

    /** Creation and modification times: builder values, else the database folder's, else now. */
    private Instant[] times(Store store) {
        Instant c = created;
        Instant mod = modified;
        Path folder = store.location().equals("memory") ? null : Path.of(store.location());
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                FileTime latest = null;
                for (Path p : files.toList()) {
                    FileTime t = Files.getLastModifiedTime(p);
                    latest = latest == null || t.compareTo(latest) > 0 ? t : latest;
                }
                if (c == null) {
                    c = Files.readAttributes(folder, BasicFileAttributes.class).creationTime().toInstant();
                }
                if (mod == null && latest != null) {
                    mod = latest.toInstant();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(folder + ": cannot read the database folder's times", e);
            }
        }
        if (mod == null) {
            mod = Instant.now();
        }
        return new Instant[] {c == null ? null : c.truncatedTo(ChronoUnit.SECONDS), mod.truncatedTo(ChronoUnit.SECONDS)};
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    private static Literal dateTime(Model m, Instant t) {
        return m.createTypedLiteral(t.toString(), XSDDatatype.XSDdateTime);
    }

    /** A linkset graph's links with one predicate. */
    private record Linkset(String graph, String predicate, long triples, String source) {}

    /** What the store holds, counted in one read transaction. */
    private static final class Counts {
        long triples;
        long entities;
        long properties;
        long subjects;
        long objects;
        long articles;
        final Map<String, Long> classes = new TreeMap<>();
        final List<Linkset> linksets = new ArrayList<>();
        final List<RDFNode> sources = new ArrayList<>();
        RDFNode firstIssued;
        RDFNode lastIssued;

        static Counts of(Dataset ds) {
            Counts c = new Counts();
            String notVoid = "FILTER(?g != <" + GRAPH + ">)";
            QuerySolution totals = one(ds, "SELECT (COUNT(*) AS ?t) (COUNT(DISTINCT ?s) AS ?s_) (COUNT(DISTINCT ?p) AS ?p_) "
                + "(COUNT(DISTINCT ?o) AS ?o_) WHERE { GRAPH ?g { ?s ?p ?o } " + notVoid + " }");
            c.triples = totals.getLiteral("t").getLong();
            c.subjects = totals.getLiteral("s_").getLong();
            c.properties = totals.getLiteral("p_").getLong();
            c.objects = totals.getLiteral("o_").getLong();
            c.entities = one(ds, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + notVoid
                + " FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + Iris.BASE + "\")) }").getLiteral("n").getLong();
            select(ds, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } " + notVoid
                + " FILTER(isIRI(?c)) } GROUP BY ?c", s -> c.classes.put(s.getResource("c").getURI(), s.getLiteral("n").getLong()));
            c.articles = one(ds, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a dip:Article } "
                + "FILTER(STRSTARTS(STR(?g), \"" + Iris.ARTICLE_GRAPH + "\")) }").getLiteral("n").getLong();
            Map<String, RDFNode> sources = new TreeMap<>();
            select(ds, "SELECT DISTINCT ?src WHERE { GRAPH ?g { ?a a dip:Article ; dcterms:source ?src } }",
                s -> sources.put(s.get("src").toString(), s.get("src")));
            c.sources.addAll(sources.values());
            select(ds, "SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE { GRAPH ?g { ?a a dip:Article ; dcterms:issued ?d } }",
                s -> {
                    c.firstIssued = s.get("first");
                    c.lastIssued = s.get("last");
                });
            Map<String, String> linksetSources = new LinkedHashMap<>();
            select(ds, "SELECT ?g ?src WHERE { GRAPH ?g { ?g dcterms:source ?src } FILTER(STRSTARTS(STR(?g), \"" + LINKS + "\")) }",
                s -> linksetSources.put(s.getResource("g").getURI(), s.get("src").isURIResource() ? s.getResource("src").getURI() : null));
            select(ds, "SELECT ?g ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } VALUES ?p { owl:sameAs skos:closeMatch } "
                + "FILTER(STRSTARTS(STR(?g), \"" + LINKS + "\") && STRSTARTS(STR(?s), \"" + Iris.BASE + "\")) } GROUP BY ?g ?p ORDER BY ?g ?p",
                s -> c.linksets.add(new Linkset(s.getResource("g").getURI(), s.getResource("p").getURI(), s.getLiteral("n").getLong(),
                    linksetSources.get(s.getResource("g").getURI()))));
            return c;
        }

        private static QuerySolution one(Dataset ds, String query) {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(DiplomacyGraph.parse(query)).build()) {
                return qe.execSelect().next();
            }
        }

        private static void select(Dataset ds, String query, java.util.function.Consumer<QuerySolution> row) {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(DiplomacyGraph.parse(query)).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    if (s.varNames().hasNext()) {
                        row.accept(s);
                    }
                });
            }
        }
    }

    /** Configures a {@link DatasetDescription}. */
    public static final class Builder {
        private String sparqlEndpoint;
        private String dataDump;
        private String title = "diplomacy-kg";
        private String description = "News articles about international diplomacy as a knowledge graph: CAMEO-coded "
            + "events with their actors, dates and places, each tied to the sentence it came from (NIF 2.0, PROV-O), "
            + "and the people, organisations, countries, cities and treaties they involve, linked to Wikidata.";
        private String license = ODBL;
        private Instant created;
        private Instant modified;

        private Builder() {}

        /** The SPARQL endpoint URL ({@code void:sparqlEndpoint}, a DCAT data service). */
        public Builder sparqlEndpoint(String url) {
            this.sparqlEndpoint = url;
            return this;
        }

        /** The URL of a dump ({@code void:dataDump}, a DCAT download). */
        public Builder dataDump(String url) {
            this.dataDump = url;
            return this;
        }

        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** The licence IRI (default: ODbL 1.0). */
        public Builder license(String iri) {
            this.license = Objects.requireNonNull(iri, "license");
            return this;
        }

        /** Overrides the creation time taken from the database folder. */
        public Builder created(Instant t) {
            this.created = t;
            return this;
        }

        /** Overrides the modification time taken from the database folder. */
        public Builder modified(Instant t) {
            this.modified = t;
            return this;
        }

        public DatasetDescription build() {
            return new DatasetDescription(this);
        }
    }
}
