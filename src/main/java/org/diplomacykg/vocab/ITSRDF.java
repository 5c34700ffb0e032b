package org.diplomacykg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** ITS 2.0 RDF terms NIF uses to link a text span to the entity it denotes. */
public final class ITSRDF {
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PREFIX = "itsrdf";

    public static final Property taIdentRef = ResourceFactory.createProperty(NS + "taIdentRef");
    public static final Property taClassRef = ResourceFactory.createProperty(NS + "taClassRef");

    private ITSRDF() {}
}
