package org.diplomacykg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The diplomacy ontology, {@code ontology/diplomacy.ttl}; names match the Turtle exactly. */
public final class DIP {
    public static final String NS = "https://w3id.org/diplomacy-kg/ontology#";
    public static final String PREFIX = "dip";

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // Articles and text
    public static final Resource Article                       = r("Article");
    public static final Resource EventMention                  = r("EventMention");
    public static final Resource Quote                         = r("Quote");
    public static final Resource Assessment                    = r("Assessment");
    public static final Resource Forecast                      = r("Forecast");
    public static final Resource Relationship                  = r("Relationship");
    public static final Resource ConflictingClaim              = r("ConflictingClaim");
    public static final Resource BlockKind                     = r("BlockKind");
    // Block kinds of a sentence
    public static final Resource Title                         = r("Title");
    public static final Resource Heading                       = r("Heading");
    public static final Resource BulletItem                    = r("BulletItem");
    public static final Resource Paragraph                     = r("Paragraph");
    public static final Resource Dateline                      = r("Dateline");

    // Actors, places, posts, treaties
    public static final Resource Actor                         = r("Actor");
    public static final Resource Country                       = r("Country");
    public static final Resource Person                        = r("Person");
    public static final Resource Organization                  = r("Organization");
    public static final Resource GovernmentOrganization        = r("GovernmentOrganization");
    public static final Resource Agency                        = r("Agency");
    public static final Resource IntergovernmentalOrganization = r("IntergovernmentalOrganization");
    public static final Resource Place                         = r("Place");
    public static final Resource City                          = r("City");
    public static final Resource Treaty                        = r("Treaty");
    public static final Resource Post                          = r("Post");
    public static final Resource Tenure                        = r("Tenure");

    // Events
    public static final Resource Event                         = r("Event");

    // Article and text properties
    public static final Property text                          = p("text");
    public static final Property blockKind                     = p("blockKind");
    public static final Property sentence                      = p("sentence");
    public static final Property extractorVersion              = p("extractorVersion");

    // Entity properties
    public static final Property country                       = p("country");
    public static final Property demonym                       = p("demonym");
    public static final Property contextLabel                  = p("contextLabel");
    public static final Property iso2                          = p("iso2");
    public static final Property iso3                          = p("iso3");
    public static final Property capital                       = p("capital");
    public static final Property metonymFor                    = p("metonymFor");
    public static final Property party                         = p("party");
    public static final Property signed                        = p("signed");
    public static final Property description                   = p("description");
    public static final Property roleNoun                      = p("roleNoun");
    public static final Property tenure                        = p("tenure");
    public static final Property post                          = p("post");
    public static final Property start                         = p("start");
    public static final Property end                           = p("end");
    public static final Property mentionedRole                 = p("mentionedRole");

    // Event properties
    public static final Property cameo                         = p("cameo");
    public static final Property cameoCode                     = p("cameoCode");
    public static final Property cameoConcept                  = p("cameoConcept");
    public static final Property goldstein                     = p("goldstein");
    public static final Property quadClass                     = p("quadClass");
    public static final Property sourceActor                   = p("sourceActor");
    public static final Property targetActor                   = p("targetActor");
    public static final Property participant                   = p("participant");
    public static final Property date                          = p("date");
    public static final Property dateText                      = p("dateText");
    public static final Property dateInferred                  = p("dateInferred");
    public static final Property mention                       = p("mention");
    public static final Property mentionOf                     = p("mentionOf");
    public static final Property trigger                       = p("trigger");
    public static final Property confidence                    = p("confidence");
    public static final Property releasedPerson                = p("releasedPerson");
    public static final Property treaty                        = p("treaty");
    public static final Property inResponseTo                  = p("inResponseTo");
    public static final Property about                         = p("about");
    public static final Property content                       = p("content");

    // Quotes, assessments, forecasts, conflicts
    public static final Property speaker                       = p("speaker");
    public static final Property relationship                  = p("relationship");
    public static final Property between                       = p("between");
    public static final Property state                         = p("state");
    public static final Property polarity                      = p("polarity");
    public static final Property assessedBy                    = p("assessedBy");
    public static final Property horizon                       = p("horizon");
    public static final Property claim                         = p("claim");
    public static final Property conflictsWith                 = p("conflictsWith");
    public static final Property claimedPost                   = p("claimedPost");
    public static final Property subjectEntity                 = p("subjectEntity");
    public static final Property reason                        = p("reason");

    private DIP() {}
}
