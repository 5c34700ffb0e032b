package org.diplomacykg.rdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.diplomacykg.article.Article;
import org.diplomacykg.extract.Extraction;
import org.diplomacykg.fact.Assessment;
import org.diplomacykg.fact.ConflictingClaim;
import org.diplomacykg.fact.EntityFact;
import org.diplomacykg.fact.EntityMention;
import org.diplomacykg.fact.EventFact;
import org.diplomacykg.fact.Forecast;
import org.diplomacykg.fact.Quote;
import org.diplomacykg.fact.TextSpan;
import org.diplomacykg.fact.TimeValue;
import org.diplomacykg.internal.CodePoints;
import org.diplomacykg.lexicon.Entity;
import org.diplomacykg.lexicon.EntityKind;
import org.diplomacykg.lexicon.Gazetteer;
import org.diplomacykg.text.Sentence;
import org.diplomacykg.vocab.DIP;
import org.diplomacykg.vocab.ITSRDF;
import org.diplomacykg.vocab.NIF;
import org.diplomacykg.vocab.ORG;
import org.diplomacykg.vocab.PROV;
import org.diplomacykg.vocab.SEM;

/**
 * Writes an extraction as RDF: the article's own named graph (metadata, NIF text and sentences, entity
 * mentions, events and their mentions, quotes, assessments, forecasts, conflicting claims), plus the
 * reference descriptions of the gazetteer entities it mentions (graph {@link Iris#GAZETTEER_GRAPH}) and
 * their Wikidata links (graph {@link Iris#WIKIDATA_LINKS_GRAPH}). Offsets become Unicode code points.
 */
public final class ExtractionWriter {
    private final Gazetteer gazetteer;
    private final Ontology ontology = Ontology.get();

    public ExtractionWriter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Extracts articles and writes them into one dataset: each article's graph side by side, the gazetteer
     * facts and Wikidata links of all of them merged.
     */
    public static Dataset extractAll(org.diplomacykg.extract.Extractor extractor, List<Article> articles) {
        ExtractionWriter writer = new ExtractionWriter(extractor.lexicon().gazetteer());
        Dataset all = DatasetFactory.create();
        for (Article a : articles) {
            Dataset d = writer.write(extractor.extract(a));
            d.listNames().forEachRemaining(g -> all.getNamedModel(g).add(d.getNamedModel(g)));
        }
        return all;
    }

    /** The extraction as a dataset of three named graphs: the article's, gazetteer facts, Wikidata links. */
    public Dataset write(Extraction x) {
        Dataset ds = DatasetFactory.create();
        Article a = x.article();
        Model g = ModelFactory.createDefaultModel();
        Prefixes.set(g);
        new ArticleGraph(x, g).build();
        ds.addNamedModel(Iris.articleGraph(a.id()), g);

        Set<String> reference = new LinkedHashSet<>();
        for (Entity e : x.entities()) {
            if (e.gazetteer()) {
                reference.add(e.iri());
            }
        }
        // An event may name a gazetteer entity the text never did: "flew to Geneva" is a visit to Switzerland.
        for (EventFact e : x.events()) {
            for (String iri : java.util.Arrays.asList(e.source(), e.target(), e.place(), e.treaty())) {
                if (iri != null && gazetteer.entity(iri).isPresent()) {
                    reference.add(iri);
                }
            }
        }
        Model gaz = gazetteer.describe(reference);
        Model links = ModelFactory.createDefaultModel();
        Prefixes.set(links);
        for (Statement s : gaz.listStatements(null, OWL.sameAs, (Resource) null).toList()) {
            links.add(s);
        }
        gaz.remove(links);
        Prefixes.set(gaz);
        ds.addNamedModel(Iris.GAZETTEER_GRAPH, gaz);
        ds.addNamedModel(Iris.WIKIDATA_LINKS_GRAPH, links);
        return ds;
    }

    /** Builds one article's graph, subject by subject. */
    private final class ArticleGraph {
        private final Extraction x;
        private final Model g;
        private final Article a;
        private final CodePoints cp;
        private final Resource article;
        private final Resource context;
        private final List<Resource> sentences = new ArrayList<>();

        ArticleGraph(Extraction x, Model g) {
            this.x = x;
            this.g = g;
            this.a = x.article();
            this.cp = new CodePoints(a.text());
            this.article = g.createResource(Iris.article(a.id()));
            this.context = span(0, a.text().length());
        }

        void build() {
            article();
            sentences();
            entities();
            mentions();
            List<Resource> eventIris = events();
            quotes();
            assessments();
            forecasts();
            conflicts();
            if (eventIris.isEmpty()) {
                return;
            }
        }

        private void article() {
            article.addProperty(RDF.type, DIP.Article);
            article.addProperty(DCTerms.identifier, a.id());
            a.headline().ifPresent(t -> article.addProperty(DCTerms.title, t));
            a.sourceUrl().ifPresent(s -> {
                if (s.matches("https?://\\S+")) {
                    article.addProperty(DCTerms.source, g.createResource(s));
                } else {
                    article.addProperty(DCTerms.source, s);
                }
            });
            a.publishedDate().ifPresent(d -> article.addProperty(DCTerms.issued, g.createTypedLiteral(d.toString(),
                XSDDatatype.XSDdate)));
            article.addProperty(DIP.text, context);
            Resource activity = g.createResource(Iris.article(a.id()) + "#extraction")
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(PROV.wasAssociatedWith, g.createResource(Iris.software(x.extractorVersion()))
                    .addProperty(RDF.type, PROV.SoftwareAgent)
                    .addProperty(RDFS.label, "diplomacy-kg " + x.extractorVersion()))
                .addProperty(PROV.used, article)
                .addProperty(DIP.extractorVersion, x.extractorVersion());
            g.createResource(Iris.articleGraph(a.id())).addProperty(PROV.wasGeneratedBy, activity)
                .addProperty(PROV.wasDerivedFrom, article);

            context.addProperty(RDF.type, NIF.Context).addProperty(RDF.type, NIF.OffsetBasedString)
                .addProperty(NIF.isString, a.text());
            a.sourceUrl().filter(s -> s.matches("https?://\\S+"))
                .ifPresent(s -> context.addProperty(NIF.sourceUrl, g.createResource(s)));
        }

        private void sentences() {
            Resource previous = null;
            for (Sentence s : x.text().sentences()) {
                Resource r = span(s.begin(), s.end());
                r.addProperty(RDF.type, NIF.Sentence).addProperty(NIF.referenceContext, context)
                    .addProperty(DIP.blockKind, switch (s.kind()) {
                        case TITLE -> DIP.Title;
                        case HEADING -> DIP.Heading;
                        case BULLET -> DIP.BulletItem;
                        case PARAGRAPH -> DIP.Paragraph;
                        case DATELINE -> DIP.Dateline;
                    });
                if (previous != null) {
                    previous.addProperty(NIF.nextSentence, r);
                }
                previous = r;
                sentences.add(r);
            }
        }

        private void entities() {
            Map<String, EntityFact> facts = x.entityFacts();
            for (Entity e : x.entities()) {
                Resource r = g.createResource(e.iri());
                r.addProperty(RDF.type, e.kind().type());
                r.addProperty(RDFS.label, e.label(), "en");
                EntityFact f = facts.get(e.iri());
                if (f != null) {
                    if (f.description() != null) {
                        r.addProperty(DIP.description, f.description(), "en");
                    }
                    if (f.country() != null && e.country() == null && !f.country().equals(e.iri())) {
                        r.addProperty(DIP.country, g.createResource(f.country()));
                    }
                    if (f.postClaimed() != null) {
                        r.addProperty(DIP.mentionedRole, g.createResource(f.postClaimed()));
                    }
                }
                if (!e.gazetteer() && e.country() != null) {
                    r.addProperty(DIP.country, g.createResource(e.country()));
                }
            }
        }

        private void mentions() {
            for (EntityMention m : x.mentions()) {
                Resource r = span(m.span().begin(), m.span().end());
                r.addProperty(RDF.type, NIF.Phrase).addProperty(NIF.referenceContext, context)
                    .addProperty(NIF.sentence, sentences.get(m.sentence()))
                    .addProperty(ITSRDF.taIdentRef, g.createResource(m.entity()))
                    .addLiteral(DIP.confidence, decimal(m.confidence()));
            }
        }

        private List<Resource> events() {
            List<Resource> iris = new ArrayList<>();
            for (int i = 0; i < x.events().size(); i++) {
                EventFact e = x.events().get(i);
                iris.add(g.createResource(EventIdentity.iri(e, this::actingCountry)));
            }
            for (int i = 0; i < x.events().size(); i++) {
                EventFact e = x.events().get(i);
                Resource ev = iris.get(i);
                ev.addProperty(RDF.type, DIP.Event).addProperty(RDF.type, ontology.eventClass(e.cameo()))
                    .addProperty(DIP.cameo, ontology.cameoConcept(e.cameo()))
                    .addProperty(DIP.cameoCode, e.cameo())
                    .addProperty(RDFS.label, label(e), "en")
                    .addProperty(PROV.wasDerivedFrom, article);
                if (e.source() != null) {
                    ev.addProperty(e.symmetric() ? DIP.participant : DIP.sourceActor, g.createResource(e.source()));
                    ev.addProperty(SEM.hasActor, g.createResource(e.source()));
                }
                if (e.target() != null) {
                    ev.addProperty(e.symmetric() ? DIP.participant : DIP.targetActor, g.createResource(e.target()));
                    ev.addProperty(SEM.hasActor, g.createResource(e.target()));
                }
                if (e.symmetric()) {
                    // Symmetric events keep the order the text gives too, so that tables have an actor 1 and 2.
                    if (e.source() != null) {
                        ev.addProperty(DIP.sourceActor, g.createResource(e.source()));
                    }
                    if (e.target() != null) {
                        ev.addProperty(DIP.targetActor, g.createResource(e.target()));
                    }
                }
                if (e.place() != null) {
                    ev.addProperty(SEM.hasPlace, g.createResource(e.place()));
                }
                time(ev, e.date());
                for (String p : e.releasedPersons()) {
                    ev.addProperty(DIP.releasedPerson, g.createResource(p));
                }
                if (e.treaty() != null) {
                    ev.addProperty(DIP.treaty, g.createResource(e.treaty()));
                }
                if (e.respondsTo() >= 0 && !iris.get(e.respondsTo()).equals(ev)) {
                    ev.addProperty(DIP.inResponseTo, iris.get(e.respondsTo()));
                }
                Resource mention = g.createResource(Iris.eventMention(a.id(), i + 1))
                    .addProperty(RDF.type, DIP.EventMention)
                    .addProperty(DIP.mentionOf, ev)
                    .addProperty(DIP.cameo, ontology.cameoConcept(e.cameo()))
                    .addProperty(DIP.cameoCode, e.cameo())
                    .addProperty(DIP.sentence, sentences.get(e.sentence()))
                    .addProperty(DIP.trigger, phrase(e.trigger()))
                    .addLiteral(DIP.confidence, decimal(e.confidence()))
                    .addProperty(PROV.wasDerivedFrom, article);
                if (e.content() != null && !e.content().isBlank()) {
                    mention.addProperty(DIP.content, e.content(), "en");
                }
                // The mention keeps this report's own claim: its actors, time and place.
                if (e.source() != null) {
                    mention.addProperty(DIP.sourceActor, g.createResource(e.source()));
                }
                if (e.target() != null) {
                    mention.addProperty(DIP.targetActor, g.createResource(e.target()));
                }
                if (e.place() != null) {
                    mention.addProperty(SEM.hasPlace, g.createResource(e.place()));
                }
                time(mention, e.date());
                ev.addProperty(DIP.mention, mention);
            }
            return iris;
        }

        private String actingCountry(String iri) {
            for (Entity e : x.entities()) {
                if (e.iri().equals(iri)) {
                    if (e.kind() == EntityKind.COUNTRY) {
                        return e.iri();
                    }
                    if (e.country() != null) {
                        return e.country();
                    }
                    EntityFact f = x.entityFacts().get(iri);
                    return f == null ? null : f.country();
                }
            }
            return null;
        }

        private String label(EventFact e) {
            String what = ontology.cameoLabel(e.cameo()).orElse(e.cameo());
            String s = e.source() == null ? "?" : labelOf(e.source());
            String t = e.target() == null ? "" : " → " + labelOf(e.target());
            return s + t + ": " + what;
        }

        private String labelOf(String iri) {
            for (Entity e : x.entities()) {
                if (e.iri().equals(iri)) {
                    return e.label();
                }
            }
            return gazetteer.entity(iri).map(Entity::label).orElse(iri.substring(iri.lastIndexOf('/') + 1));
        }

        private void quotes() {
            for (Quote q : x.quotes()) {
                Resource r = phrase(q.span());
                r.addProperty(RDF.type, DIP.Quote).addProperty(DIP.sentence, sentences.get(q.sentence()));
                if (q.speaker() != null) {
                    r.addProperty(DIP.speaker, g.createResource(q.speaker()));
                }
            }
        }

        private void assessments() {
            int n = 0;
            for (Assessment s : x.assessments()) {
                Resource rel = g.createResource(Iris.relationship(s.parties().get(0), s.parties().get(1)))
                    .addProperty(RDF.type, DIP.Relationship);
                for (String p : s.parties()) {
                    rel.addProperty(DIP.between, g.createResource(p));
                }
                Resource r = g.createResource(Iris.article(a.id()) + "#assessment-" + (++n))
                    .addProperty(RDF.type, DIP.Assessment)
                    .addProperty(DIP.relationship, rel)
                    .addProperty(DIP.state, s.state(), "en")
                    .addLiteral(DIP.polarity, g.createTypedLiteral(String.valueOf(s.polarity()), XSDDatatype.XSDinteger))
                    .addProperty(DIP.sentence, sentences.get(s.sentence()))
                    .addProperty(PROV.wasDerivedFrom, article);
                if (s.assessedBy() != null) {
                    r.addProperty(DIP.assessedBy, g.createResource(s.assessedBy()));
                }
                time(r, s.date());
            }
        }

        private void forecasts() {
            int n = 0;
            for (Forecast f : x.forecasts()) {
                Resource r = g.createResource(Iris.article(a.id()) + "#forecast-" + (++n))
                    .addProperty(RDF.type, DIP.Forecast)
                    .addProperty(DIP.sentence, sentences.get(f.sentence()))
                    .addProperty(PROV.wasDerivedFrom, article);
                if (f.horizon() != null && f.horizon().isResolved()) {
                    r.addLiteral(DIP.horizon, literal(f.horizon()));
                }
                for (String about : f.about()) {
                    r.addProperty(DIP.about, g.createResource(about));
                }
            }
        }

        private void conflicts() {
            int n = 0;
            for (ConflictingClaim c : x.conflicts()) {
                Resource r = g.createResource(Iris.article(a.id()) + "#conflict-" + (++n))
                    .addProperty(RDF.type, DIP.ConflictingClaim)
                    .addProperty(DIP.subjectEntity, g.createResource(c.subject()))
                    .addProperty(DIP.claimedPost, g.createResource(c.claimedPost()))
                    .addProperty(DIP.reason, c.reason(), "en")
                    .addProperty(DIP.sentence, sentences.get(c.sentence()))
                    .addProperty(NIF.anchorOf, a.text().substring(c.span().begin(), c.span().end()))
                    .addProperty(PROV.wasDerivedFrom, article);
                if (c.heldPost() != null) {
                    r.addProperty(DIP.conflictsWith, g.createResource(c.heldPost()));
                }
                g.createResource(c.claimedPost()).addProperty(RDF.type, ORG.Post);
            }
        }

        private void time(Resource r, TimeValue t) {
            if (t == null) {
                return;
            }
            if (t.isResolved()) {
                r.addLiteral(DIP.date, literal(t));
                if (t.isInferred()) {
                    r.addLiteral(DIP.dateInferred, true);
                }
            }
            if (!t.text().isBlank() && !t.isResolved()) {
                r.addProperty(DIP.dateText, t.text(), "en");
            }
        }

        private Literal literal(TimeValue t) {
            XSDDatatype type = switch (t.precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                default -> XSDDatatype.XSDgYear;
            };
            return g.createTypedLiteral(t.iso(), type);
        }

        /** A NIF phrase for a span of the text (anchor and offsets in code points). */
        private Resource phrase(TextSpan s) {
            Resource r = span(s.begin(), s.end());
            r.addProperty(RDF.type, NIF.Phrase).addProperty(NIF.referenceContext, context);
            return r;
        }

        /** The NIF string for chars [begin, end): IRI, offsets in code points, anchor text. */
        private Resource span(int begin, int end) {
            int b = cp.toCodePoint(begin);
            int e = cp.toCodePoint(end);
            Resource r = g.createResource(Iris.span(a.id(), b, e));
            if (!r.hasProperty(NIF.beginIndex)) {
                r.addProperty(RDF.type, NIF.OffsetBasedString)
                    .addLiteral(NIF.beginIndex, g.createTypedLiteral(String.valueOf(b), XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(NIF.endIndex, g.createTypedLiteral(String.valueOf(e), XSDDatatype.XSDnonNegativeInteger));
                if (begin != 0 || end != a.text().length()) {
                    r.addProperty(NIF.anchorOf, a.text().substring(begin, end));
                }
            }
            return r;
        }

        private Literal decimal(double d) {
            return g.createTypedLiteral(String.format(java.util.Locale.ROOT, "%.2f", d), XSD.decimal.getURI());
        }
    }
}
