package org.diplomacykg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few schema.org terms the gazetteer uses. */
public final class SCHEMA {
    public static final String NS = "https://schema.org/";
    public static final String PREFIX = "schema";

    public static final Property givenName  = ResourceFactory.createProperty(NS + "givenName");
    public static final Property familyName = ResourceFactory.createProperty(NS + "familyName");

    private SCHEMA() {}
}
