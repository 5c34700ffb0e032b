package org.diplomacykg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C Organization ontology terms for posts and who holds them. */
public final class ORG {
    public static final String NS = "http://www.w3.org/ns/org#";
    public static final String PREFIX = "org";

    public static final Resource Post    = ResourceFactory.createResource(NS + "Post");
    public static final Property holds   = ResourceFactory.createProperty(NS + "holds");
    public static final Property postIn  = ResourceFactory.createProperty(NS + "postIn");
    public static final Property headOf  = ResourceFactory.createProperty(NS + "headOf");
    public static final Property subOrganizationOf = ResourceFactory.createProperty(NS + "subOrganizationOf");

    private ORG() {}
}
