package org.diplomacykg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.Ontology;
import org.diplomacykg.vocab.DIP;

/**
 * HTML documentation of the ontology and of the CAMEO scheme, generated from their Turtle (in the spirit of
 * pyLODE and WIDOCO): metadata, the class hierarchy, every class and property with its definition, domain,
 * range and alignments to other vocabularies, individuals, the CAMEO roots with their Goldstein scores, and the
 * namespaces. Plain HTML with inline CSS, no scripts, nothing fetched from elsewhere; every text is escaped.
 */
final class OntologyDocs {
    static final String VANN = "http://purl.org/vocab/vann/";

    private static final String CSS = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;margin:0;color:#1d232a;background:#fff}
        main{max-width:60rem;margin:0 auto;padding:1.5rem}
        header{background:#14365d;color:#fff;padding:1.5rem}header div{max-width:60rem;margin:0 auto}
        header a{color:#cfe3ff}h1{margin:.2rem 0}h2{border-bottom:2px solid #14365d;padding-bottom:.2rem;margin-top:2.5rem}
        h3{margin:1.8rem 0 .3rem}code{background:#f1f3f5;padding:0 .25rem;border-radius:3px;font-size:.92em}
        a{color:#0b5cad;text-decoration:none}a:hover{text-decoration:underline}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #dde2e6}
        th{background:#f6f8fa;white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums}
        .term{border-left:4px solid #14365d;padding:.1rem 0 .1rem 1rem;margin:1.5rem 0}
        .iri{color:#57606a;font-size:.9em;word-break:break-all}.def{margin:.3rem 0 .6rem}
        .tag{display:inline-block;font-size:.75em;padding:0 .4rem;border-radius:3px;background:#e7eef7;color:#14365d;margin-left:.4rem;vertical-align:middle}
        ul.tree,ul.tree ul{list-style:none;padding-left:1.2rem}ul.tree{padding-left:0}nav ol{columns:2}
        footer{color:#57606a;font-size:.85em;border-top:1px solid #dde2e6;margin-top:3rem;padding-top:1rem}
        """;

    private final Model ontology;
    private final Model cameo;
    private final PrefixMapping prefixes;
    private final String ns;
    private final String base;

    /**
     * @param ontology the ontology (diplomacy.ttl)
     * @param cameo    the CAMEO scheme (cameo.ttl)
     * @param base     the path the documents are served at, such as {@code /ontology}
     */
    OntologyDocs(Model ontology, Model cameo, String base) {
        this.ontology = ontology;
        this.cameo = cameo;
        this.base = base;
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(cameo.getNsPrefixMap())
            .setNsPrefixes(ontology.getNsPrefixMap()).lock();
        this.ns = DIP.NS;
    }

    // ===================================================================================== the ontology page

    String ontologyPage() {
        Resource ont = ontology.listSubjectsWithProperty(RDF.type, OWL.Ontology).next();
        String title = text(ont, DCTerms.title, "diplomacy-kg ontology");
        StringBuilder b = new StringBuilder();
        start(b, title);
        b.append("<header><div><h1>").append(esc(title)).append("</h1>\n<p>").append(esc(text(ont, DCTerms.description, "")))
            .append("</p>\n<p>Also as <a href=\"").append(esc(base)).append("?format=ttl\">Turtle</a> · <a href=\"")
            .append(esc(base)).append("?format=rdfxml\">RDF/XML</a> · <a href=\"").append(esc(base))
            .append("?format=jsonld\">JSON-LD</a> · <a href=\"").append(esc(base)).append("?format=nt\">N-Triples</a>")
            .append(" · and the <a href=\"").append(esc(base)).append("/cameo\">CAMEO event scheme</a></p></div></header>\n<main>\n");

        List<Resource> classes = terms(OWL.Class);
        List<Resource> objectProperties = terms(OWL.ObjectProperty);
        List<Resource> datatypeProperties = terms(OWL.DatatypeProperty);
        List<Resource> annotationProperties = terms(OWL.AnnotationProperty);
        List<Resource> individuals = individuals(classes);

        b.append("<h2 id=\"metadata\">Metadata</h2>\n<table>\n");
        row(b, "IRI", link(ont));
        ont.listProperties().toList().stream()
            .filter(s -> !s.getPredicate().equals(RDF.type) && !s.getPredicate().equals(DCTerms.title)
                && !s.getPredicate().equals(DCTerms.description))
            .sorted(Comparator.comparing((Statement s) -> curie(s.getPredicate())).thenComparing(s -> s.getObject().toString()))
            .forEach(s -> row(b, curie(s.getPredicate()), value(s.getObject())));
        b.append("</table>\n");

        b.append("<nav><h2 id=\"contents\">Contents</h2>\n<ol>\n");
        for (String[] s : new String[][] {{"hierarchy", "Class hierarchy"}, {"classes", "Classes (" + classes.size() + ")"},
            {"object-properties", "Object properties (" + objectProperties.size() + ")"},
            {"datatype-properties", "Datatype properties (" + datatypeProperties.size() + ")"},
            {"annotation-properties", "Annotation properties (" + annotationProperties.size() + ")"},
            {"individuals", "Individuals (" + individuals.size() + ")"}, {"alignments", "Alignments"},
            {"cameo", "CAMEO event codes"}, {"namespaces", "Namespaces"}}) {
            b.append("<li><a href=\"#").append(s[0]).append("\">").append(esc(s[1])).append("</a></li>\n");
        }
        b.append("</ol></nav>\n");

        b.append("<h2 id=\"hierarchy\">Class hierarchy</h2>\n<ul class=\"tree\">\n");
        for (Resource c : classes) {
            if (superclasses(c, true).isEmpty()) {
                tree(b, c, classes, new TreeSet<>());
            }
        }
        b.append("</ul>\n");

        b.append("<h2 id=\"classes\">Classes</h2>\n");
        for (Resource c : classes) {
            classEntry(b, c);
        }
        propertySection(b, "object-properties", "Object properties", objectProperties);
        propertySection(b, "datatype-properties", "Datatype properties", datatypeProperties);
        propertySection(b, "annotation-properties", "Annotation properties", annotationProperties);

        b.append("<h2 id=\"individuals\">Individuals</h2>\n");
        for (Resource i : individuals) {
            termStart(b, i, "individual");
            b.append("<table>\n");
            row(b, "type", links(objects(i, RDF.type)));
            b.append("</table></div>\n");
        }

        alignments(b, List.of(classes, objectProperties, datatypeProperties, annotationProperties));
        cameoRoots(b);

        b.append("<h2 id=\"namespaces\">Namespaces</h2>\n<table>\n<tr><th>prefix</th><th>namespace</th></tr>\n");
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach((p, uri) -> b.append("<tr><td><code>").append(esc(p))
            .append(":</code></td><td><a href=\"").append(esc(uri)).append("\">").append(esc(uri)).append("</a></td></tr>\n"));
        b.append("</table>\n");
        end(b, "Generated by diplomacy-kg from ontology/diplomacy.ttl and ontology/cameo.ttl.");
        return b.toString();
    }

    private List<Resource> terms(Resource type) {
        return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
            .filter(r -> r.isURIResource() && r.getURI().startsWith(ns))
            .sorted(Comparator.comparing(r -> r.getLocalName().toLowerCase(Locale.ROOT))).toList();
    }

    /** Things typed with one of the ontology's own classes (dip:Title is a dip:BlockKind). */
    private List<Resource> individuals(List<Resource> classes) {
        Set<Resource> out = new TreeSet<>(Comparator.comparing(Resource::getURI));
        for (Resource c : classes) {
            ontology.listSubjectsWithProperty(RDF.type, c).forEachRemaining(r -> {
                if (r.isURIResource()) {
                    out.add(r);
                }
            });
        }
        return new ArrayList<>(out);
    }

    private List<Resource> superclasses(Resource c, boolean ownOnly) {
        return objects(c, RDFS.subClassOf).stream().filter(RDFNode::isURIResource).map(RDFNode::asResource)
            .filter(r -> !ownOnly || r.getURI().startsWith(ns)).toList();
    }

    private List<Resource> subclasses(Resource c) {
        return ontology.listSubjectsWithProperty(RDFS.subClassOf, c).toList().stream().filter(Resource::isURIResource)
            .sorted(Comparator.comparing(r -> r.getLocalName().toLowerCase(Locale.ROOT))).toList();
    }

    private void tree(StringBuilder b, Resource c, List<Resource> classes, Set<String> seen) {
        b.append("<li><a href=\"#").append(esc(c.getLocalName())).append("\">").append(esc(curie(c))).append("</a>");
        List<Resource> subs = subclasses(c).stream().filter(classes::contains).toList();
        if (!subs.isEmpty() && seen.add(c.getURI())) {
            b.append("\n<ul>\n");
            for (Resource s : subs) {
                tree(b, s, classes, seen);
            }
            b.append("</ul>");
        }
        b.append("</li>\n");
    }

    private void classEntry(StringBuilder b, Resource c) {
        termStart(b, c, "class");
        b.append("<table>\n");
        row(b, "subclass of", links(objects(c, RDFS.subClassOf)));
        row(b, "superclass of", links(new ArrayList<>(subclasses(c))));
        List<RDFNode> concepts = objects(c, DIP.cameoConcept);
        if (!concepts.isEmpty()) {
            StringBuilder codes = new StringBuilder();
            for (RDFNode n : concepts) {
                Resource concept = cameo.getResource(n.asResource().getURI());
                codes.append(codes.length() == 0 ? "" : "<br>").append("<a href=\"").append(esc(base)).append("/cameo#c")
                    .append(esc(text(concept, SKOS.notation, ""))).append("\"><code>").append(esc(text(concept, SKOS.notation, "?")))
                    .append("</code></a> ").append(esc(text(concept, SKOS.prefLabel, "")));
                goldstein(concept).ifPresent(g -> codes.append(" <span class=\"tag\">Goldstein ").append(esc(g)).append("</span>"));
            }
            row(b, "CAMEO", codes.toString());
        }
        row(b, "in domain of", links(subjects(RDFS.domain, c)));
        row(b, "in range of", links(subjects(RDFS.range, c)));
        row(b, "instances", links(subjects(RDF.type, c)));
        row(b, "see also", links(objects(c, RDFS.seeAlso)));
        b.append("</table></div>\n");
    }

    private void propertySection(StringBuilder b, String id, String title, List<Resource> properties) {
        b.append("<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>\n");
        for (Resource p : properties) {
            termStart(b, p, id.replace("-properties", "").replace('-', ' ') + " property");
            b.append("<table>\n");
            row(b, "domain", links(objects(p, RDFS.domain)));
            row(b, "range", links(objects(p, RDFS.range)));
            row(b, "subproperty of", links(objects(p, RDFS.subPropertyOf)));
            row(b, "inverse of", links(objects(p, OWL.inverseOf)));
            row(b, "see also", links(objects(p, RDFS.seeAlso)));
            b.append("</table></div>\n");
        }
    }

    private void termStart(StringBuilder b, Resource r, String kind) {
        b.append("<div class=\"term\" id=\"").append(esc(r.getLocalName())).append("\">\n<h3>")
            .append(esc(text(r, RDFS.label, r.getLocalName()))).append(" <code>").append(esc(curie(r)))
            .append("</code><span class=\"tag\">").append(esc(kind)).append("</span></h3>\n<div class=\"iri\">")
            .append(esc(r.getURI())).append("</div>\n");
        String def = text(r, SKOS.definition, text(r, RDFS.comment, ""));
        if (!def.isEmpty()) {
            b.append("<p class=\"def\">").append(esc(def)).append("</p>\n");
        }
    }

    private void alignments(StringBuilder b, List<List<Resource>> groups) {
        b.append("<h2 id=\"alignments\">Alignments</h2>\n<p>How the ontology's terms relate to SEM, schema.org, PROV-O, "
            + "NIF 2.0, the W3C Organization ontology and SKOS.</p>\n<table>\n<tr><th>term</th><th>relation</th><th>external term</th></tr>\n");
        for (List<Resource> group : groups) {
            for (Resource t : group) {
                for (Property p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, RDFS.seeAlso, RDFS.range)) {
                    for (RDFNode o : objects(t, p)) {
                        if (o.isURIResource() && !o.asResource().getURI().startsWith(ns)
                            && !o.asResource().getURI().startsWith(RDFS.getURI())
                            && !o.asResource().getURI().startsWith("http://www.w3.org/2001/XMLSchema#")
                            && !(p.equals(RDFS.range) && !o.asResource().getURI().startsWith("http://persistence.uni-leipzig.org/"))) {
                            b.append("<tr><td>").append(link(t)).append("</td><td><code>").append(esc(curie(p)))
                                .append("</code></td><td>").append(link(o.asResource())).append("</td></tr>\n");
                        }
                    }
                }
            }
        }
        b.append("</table>\n");
    }

    private void cameoRoots(StringBuilder b) {
        Resource scheme = cameo.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).next();
        b.append("<h2 id=\"cameo\">CAMEO event codes</h2>\n<p>Events are coded with concepts of the <a href=\"").append(esc(base))
            .append("/cameo\">").append(esc(text(scheme, DCTerms.title, "CAMEO scheme"))).append("</a> (").append(esc(text(scheme, OWL.versionInfo, "")))
            .append(", ").append(cameo.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().size())
            .append(" codes). Its 20 roots, with the GDELT Goldstein score (−10 most conflictual … +10 most cooperative) and the quad class "
                + "(1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict):</p>\n")
            .append("<table>\n<tr><th>code</th><th>name</th><th>Goldstein</th><th>quad class</th><th>event class</th><th>definition</th></tr>\n");
        for (Resource root : sortedByNotation(objects(scheme, SKOS.hasTopConcept))) {
            String code = text(root, SKOS.notation, "");
            b.append("<tr><td><a href=\"").append(esc(base)).append("/cameo#c").append(esc(code)).append("\"><code>")
                .append(esc(code)).append("</code></a></td><td>").append(esc(text(root, SKOS.prefLabel, ""))).append("</td><td class=\"num\">")
                .append(esc(goldstein(root).orElse(""))).append("</td><td class=\"num\">").append(esc(text(root, DIP.quadClass, "")))
                .append("</td><td>").append(links(eventClasses(root))).append("</td><td>").append(esc(text(root, SKOS.definition, "")))
                .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    // ===================================================================================== the CAMEO page

    String cameoPage() {
        Resource scheme = cameo.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).next();
        String title = text(scheme, DCTerms.title, "CAMEO event codebook");
        StringBuilder b = new StringBuilder();
        start(b, title);
        b.append("<header><div><h1>").append(esc(title)).append("</h1>\n<p>").append(esc(text(scheme, DCTerms.description, "")))
            .append("</p>\n<p>Also as <a href=\"").append(esc(base)).append("/cameo?format=ttl\">Turtle</a> · <a href=\"")
            .append(esc(base)).append("/cameo?format=rdfxml\">RDF/XML</a> · <a href=\"").append(esc(base))
            .append("/cameo?format=jsonld\">JSON-LD</a> · back to the <a href=\"").append(esc(base)).append("\">ontology</a></p></div></header>\n<main>\n");
        b.append("<table>\n");
        row(b, "IRI", link(scheme));
        row(b, "version", esc(text(scheme, OWL.versionInfo, "")));
        row(b, "sources", values(objects(scheme, DCTerms.source)));
        row(b, "note", esc(text(scheme, RDFS.comment, "")));
        b.append("</table>\n<h2 id=\"codes\">Codes</h2>\n<table>\n<tr><th>code</th><th>name</th><th>Goldstein</th><th>quad class</th>"
            + "<th>event class</th></tr>\n");
        List<RDFNode> all = new ArrayList<>(cameo.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList());
        for (Resource c : sortedByNotation(all)) {
            String code = text(c, SKOS.notation, "");
            boolean root = code.length() == 2;
            b.append("<tr id=\"c").append(esc(code)).append("\"><td style=\"padding-left:").append(Math.max(0, code.length() - 2) * 1.2 + 0.5)
                .append("rem\"><code>").append(esc(code)).append("</code></td><td>").append(root ? "<strong>" : "")
                .append(esc(text(c, SKOS.prefLabel, ""))).append(root ? "</strong>" : "");
            String def = text(c, SKOS.definition, "");
            if (!def.isEmpty()) {
                b.append("<div class=\"def\">").append(esc(def)).append("</div>");
            }
            b.append("</td><td class=\"num\">").append(esc(goldstein(c).orElse(""))).append("</td><td class=\"num\">")
                .append(esc(text(c, DIP.quadClass, ""))).append("</td><td>").append(links(eventClasses(c))).append("</td></tr>\n");
        }
        b.append("</table>\n");
        end(b, "Generated by diplomacy-kg from ontology/cameo.ttl.");
        return b.toString();
    }

    private List<Resource> sortedByNotation(List<RDFNode> nodes) {
        return nodes.stream().filter(RDFNode::isURIResource).map(n -> cameo.getResource(n.asResource().getURI()))
            .sorted(Comparator.comparing((Resource r) -> text(r, SKOS.notation, "")).thenComparing(Resource::getURI)).toList();
    }

    /** The ontology's event classes mapped to a concept (dip:cameoConcept). */
    private List<RDFNode> eventClasses(Resource concept) {
        return new ArrayList<>(ontology.listSubjectsWithProperty(DIP.cameoConcept, ontology.getResource(concept.getURI())).toList());
    }

    private java.util.Optional<String> goldstein(Resource concept) {
        Statement s = cameo.getResource(concept.getURI()).getProperty(DIP.goldstein);
        if (s == null || !s.getObject().isLiteral()) {
            return java.util.Optional.empty();
        }
        String v = s.getLiteral().getLexicalForm();
        return java.util.Optional.of(v.startsWith("-") ? "−" + v.substring(1) : v);
    }

    // ===================================================================================== HTML helpers

    private static void start(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(esc(title))
            .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    }

    private static void end(StringBuilder b, String note) {
        b.append("<footer>").append(esc(note)).append("</footer>\n</main>\n</body>\n</html>\n");
    }

    private static void row(StringBuilder b, String label, String html) {
        if (html == null || html.isEmpty()) {
            return;
        }
        b.append("<tr><th>").append(esc(label)).append("</th><td>").append(html).append("</td></tr>\n");
    }

    private List<RDFNode> objects(Resource r, Property p) {
        Resource s = r.getModel() == null ? ontology.getResource(r.getURI()) : r;
        return s.listProperties(p).toList().stream().map(Statement::getObject)
            .sorted(Comparator.comparing(RDFNode::toString)).toList();
    }

    private List<RDFNode> subjects(Property p, Resource o) {
        return ontology.listSubjectsWithProperty(p, o).toList().stream().filter(Resource::isURIResource)
            .sorted(Comparator.comparing(Resource::getURI)).map(r -> (RDFNode) r).toList();
    }

    private String links(List<? extends RDFNode> nodes) {
        List<String> out = new ArrayList<>();
        for (RDFNode n : nodes) {
            out.add(n.isURIResource() ? link(n.asResource()) : value(n));
        }
        return String.join(", ", out);
    }

    private String values(List<RDFNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(value(n)));
        return String.join("<br>", out);
    }

    /** A term: its own terms link to their anchor on the page, others to their IRI, shown as a prefixed name. */
    private String link(Resource r) {
        if (!r.isURIResource()) {
            return "<em>anonymous</em>";
        }
        String uri = r.getURI();
        String href = uri.startsWith(ns) ? "#" + uri.substring(ns.length()) : uri;
        if (uri.startsWith(Ontology.CAMEO_NS)) {
            href = base + "/cameo#c" + uri.substring(Ontology.CAMEO_NS.length());
        }
        return "<a href=\"" + esc(href) + "\"><code>" + esc(curie(r)) + "</code></a>";
    }

    private String value(RDFNode n) {
        if (n.isURIResource()) {
            return link(n.asResource());
        }
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            return esc(l.getLexicalForm());
        }
        return "<em>anonymous</em>";
    }

    private String curie(Resource r) {
        String uri = r.getURI();
        String s = prefixes.shortForm(uri);
        return s.equals(uri) ? "<" + uri + ">" : s;
    }

    private String text(Resource r, Property p, String fallback) {
        Resource s = r.getModel() == null ? ontology.getResource(r.getURI()) : r;
        Map<String, String> byLang = new LinkedHashMap<>();
        for (Statement st : s.listProperties(p).toList()) {
            if (st.getObject().isLiteral()) {
                byLang.putIfAbsent(st.getLiteral().getLanguage(), st.getLiteral().getLexicalForm());
            }
        }
        if (byLang.containsKey("en")) {
            return byLang.get("en");
        }
        return byLang.isEmpty() ? fallback : byLang.values().iterator().next();
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
