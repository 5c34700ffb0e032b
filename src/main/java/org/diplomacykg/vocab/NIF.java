package org.diplomacykg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** NLP Interchange Format 2.0 core terms used for text spans and their offsets (code points). */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PREFIX = "nif";

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource Context            = r("Context");
    public static final Resource OffsetBasedString  = r("OffsetBasedString");
    public static final Resource Sentence           = r("Sentence");
    public static final Resource Phrase             = r("Phrase");

    public static final Property isString           = p("isString");
    public static final Property beginIndex         = p("beginIndex");
    public static final Property endIndex           = p("endIndex");
    public static final Property anchorOf           = p("anchorOf");
    public static final Property referenceContext   = p("referenceContext");
    public static final Property sentence           = p("sentence");
    public static final Property sourceUrl          = p("sourceUrl");
    public static final Property nextSentence       = p("nextSentence");

    private NIF() {}
}
