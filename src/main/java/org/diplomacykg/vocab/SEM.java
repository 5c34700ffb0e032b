package org.diplomacykg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Simple Event Model (SEM) terms the diplomacy ontology aligns with. */
public final class SEM {
    public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String PREFIX = "sem";

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource Event          = r("Event");
    public static final Resource Actor          = r("Actor");
    public static final Resource Place          = r("Place");

    public static final Property hasActor       = p("hasActor");
    public static final Property hasPlace       = p("hasPlace");
    public static final Property hasTime        = p("hasTime");
    public static final Property hasTimeStamp   = p("hasTimeStamp");

    private SEM() {}
}
