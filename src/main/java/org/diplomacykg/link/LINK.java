package org.diplomacykg.link;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The small vocabulary of linksets ({@code link:}, {@value #NS}). A linkset graph holds the links
 * themselves ({@code <local> owl:sameAs <external>} or {@code skos:closeMatch}) and, for each, a
 * {@link #Link} resource that reifies it:
 *
 * <pre>
 * &lt;…/graph/links/NAME#a1b2c3d4e5f60718&gt; a link:Link ;
 *     link:subject &lt;local&gt; ; link:object &lt;external&gt; ; link:predicate owl:sameAs ;
 *     dip:confidence 0.95 ;
 *     link:evidence [ link:feature "country" ; link:points -0.40 ; rdfs:comment "P27 citizenship …" ] .
 * </pre>
 *
 * The graph itself is described as a {@code void:Linkset} with {@link #minConfidence},
 * {@link #sameAsThreshold}, {@code dcterms:source} (the dataset linked against) and
 * {@code prov:generatedAtTime}.
 */
public final class LINK {
    public static final String NS = "https://w3id.org/diplomacy-kg/link#";
    public static final String PREFIX = "link";

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    /** A link with its confidence and evidence. */
    public static final Resource Link = r("Link");
    /** One reason for or against a link. */
    public static final Resource Evidence = r("Evidence");
    /** The local entity linked. */
    public static final Property subject = p("subject");
    /** The external resource it is linked to. */
    public static final Property object = p("object");
    /** {@code owl:sameAs} or {@code skos:closeMatch}. */
    public static final Property predicate = p("predicate");
    /** A reason, as a {@link #Evidence} resource. */
    public static final Property evidence = p("evidence");
    /** What the evidence is about: name, type, unique, known-id, country, capital, post, dates. */
    public static final Property feature = p("feature");
    /** What it added to the confidence (negative against), as xsd:decimal. */
    public static final Property points = p("points");
    /** The confidence below which the linkset holds no link. */
    public static final Property minConfidence = p("minConfidence");
    /** The confidence from which a link is owl:sameAs rather than skos:closeMatch. */
    public static final Property sameAsThreshold = p("sameAsThreshold");

    private LINK() {}
}
