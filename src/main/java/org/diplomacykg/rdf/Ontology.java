package org.diplomacykg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.vocab.DIP;

/**
 * The ontology ({@code ontology/diplomacy.ttl}) and the CAMEO scheme ({@code ontology/cameo.ttl}), shipped in
 * the jar: CAMEO labels and the event class of each code. Loaded once, immutable.
 */
public final class Ontology {
    public static final String NS = "https://w3id.org/diplomacy-kg/ontology";
    public static final String CAMEO_NS = "https://w3id.org/diplomacy-kg/cameo/";
    static final String RESOURCE_DIR = "/org/diplomacykg/ontology/";

    private static final Ontology INSTANCE = load();

    private final Model ontology;
    private final Model cameo;
    private final Map<String, String> labels;
    private final Map<String, Resource> classByCode;

    private Ontology(Model ontology, Model cameo) {
        this.ontology = ontology;
        this.cameo = cameo;
        this.labels = new HashMap<>();
        for (Statement s : cameo.listStatements(null, SKOS.notation, (String) null).toList()) {
            Statement label = s.getSubject().getProperty(SKOS.prefLabel);
            if (label != null) {
                labels.put(s.getString(), label.getString());
            }
        }
        this.classByCode = new HashMap<>();
        for (Statement s : ontology.listStatements(null, DIP.cameoConcept, (Resource) null).toList()) {
            String uri = s.getResource().getURI();
            classByCode.put(uri.substring(CAMEO_NS.length()), s.getSubject());
        }
    }

    public static Ontology get() {
        return INSTANCE;
    }

    private static Ontology load() {
        return new Ontology(read("diplomacy.ttl"), read("cameo.ttl"));
    }

    private static Model read(String file) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE_DIR + file + " is missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** The diplomacy ontology, read-only by convention. */
    public Model ontology() {
        return ontology;
    }

    /** The CAMEO concept scheme, read-only by convention. */
    public Model cameo() {
        return cameo;
    }

    /** The CAMEO name of a code: "163" → "Impose embargo, boycott, or sanctions". */
    public Optional<String> cameoLabel(String code) {
        return Optional.ofNullable(labels.get(code));
    }

    public Resource cameoConcept(String code) {
        return cameo.createResource(CAMEO_NS + code);
    }

    /** The most specific event class for a code: the class mapped to its longest prefix (0841 → Release). */
    public Resource eventClass(String code) {
        for (int len = code.length(); len >= 2; len--) {
            Resource c = classByCode.get(code.substring(0, len));
            if (c != null) {
                return c;
            }
        }
        return DIP.Event;
    }
}
