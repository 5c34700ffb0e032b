package org.diplomacykg.server;

import static org.diplomacykg.server.OntologyDocs.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.rdf.Ontology;
import org.diplomacykg.rdf.Prefixes;
import org.diplomacykg.vocab.NIF;

/**
 * The HTML page of a resource: its label, IRI and types, links to its Wikidata item ({@code owl:sameAs}), the
 * sentences it was read from with their article, and every statement about it, outgoing and incoming. IRIs
 * under {@code https://w3id.org/diplomacy-kg/} link to this server's own pages; other http(s) IRIs link out;
 * everything is HTML-escaped, and the page has no scripts.
 */
final class ResourcePage {
    static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final String CSS = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;margin:0;color:#1d232a;background:#fff}
        header{background:#14365d;color:#fff;padding:1.2rem 1.5rem}header div,main{max-width:64rem;margin:0 auto}
        header a{color:#cfe3ff}h1{margin:.2rem 0}main{padding:1rem 1.5rem}h2{border-bottom:2px solid #14365d;margin-top:2rem}
        a{color:#0b5cad;text-decoration:none}a:hover{text-decoration:underline}.iri{color:#cfe3ff;word-break:break-all;font-size:.9em}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #dde2e6}
        th{background:#f6f8fa;white-space:nowrap;width:14rem}code{background:#f1f3f5;padding:0 .25rem;border-radius:3px}
        blockquote{margin:.6rem 0;padding:.3rem .8rem;border-left:4px solid #9bb7d9;background:#f6f8fa}.meta{color:#57606a;font-size:.85em}
        .text{white-space:pre-wrap;background:#f6f8fa;padding:1rem;border-radius:4px}footer{color:#57606a;font-size:.85em;margin:2rem 0}
        """;

    private final ResourceDescription d;
    private final PrefixMapping prefixes = Prefixes.standard();

    ResourcePage(ResourceDescription d) {
        this.d = d;
    }

    /** The path of a resource's HTML page on this server, or null for IRIs outside the base. */
    static String pageHref(String iri) {
        if (iri.startsWith(Ontology.NS) && (iri.length() == Ontology.NS.length() || iri.charAt(Ontology.NS.length()) == '#')) {
            return OntologyServlet.PATH + iri.substring(Ontology.NS.length());
        }
        if (iri.startsWith(Iris.BASE)) {
            return "/page/" + iri.substring(Iris.BASE.length());
        }
        return null;
    }

    String html() {
        Resource r = d.data.createResource(d.iri);
        String title = label(d.iri);
        String path = d.iri.substring(Iris.BASE.length());
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(esc(title))
            .append(" — diplomacy-kg</title>\n");
        for (String[] f : new String[][] {{"ttl", Http.TURTLE}, {"jsonld", Http.JSONLD}, {"nt", Http.NTRIPLES}}) {
            b.append("<link rel=\"alternate\" type=\"").append(f[1]).append("\" href=\"/data/").append(esc(path))
                .append("?format=").append(f[0]).append("\">\n");
        }
        b.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header><div><p><a href=\"/\">diplomacy-kg</a></p><h1>")
            .append(esc(title)).append("</h1>\n<div class=\"iri\">").append(esc(d.iri)).append("</div>\n<p>As data: ")
            .append("<a href=\"/data/").append(esc(path)).append("?format=ttl\">Turtle</a> · <a href=\"/data/").append(esc(path))
            .append("?format=jsonld\">JSON-LD</a> · <a href=\"/data/").append(esc(path)).append("?format=nt\">N-Triples</a></p>")
            .append("</div></header>\n<main>\n");

        List<RDFNode> types = objects(r, RDF.type.getURI());
        if (!types.isEmpty()) {
            b.append("<p>").append(types.size() == 1 ? "Type: " : "Types: ");
            List<String> ts = new ArrayList<>();
            types.forEach(t -> ts.add(node(t)));
            b.append(String.join(", ", ts)).append("</p>\n");
        }
        List<String> wikidata = new ArrayList<>();
        for (RDFNode o : objects(r, OWL.sameAs.getURI())) {
            if (o.isURIResource() && o.asResource().getURI().startsWith(WIKIDATA)) {
                String qid = o.asResource().getURI().substring(WIKIDATA.length());
                wikidata.add("<a href=\"https://www.wikidata.org/wiki/" + esc(qid) + "\" rel=\"external\">Wikidata " + esc(qid) + "</a>");
            }
        }
        if (!wikidata.isEmpty()) {
            b.append("<p>Same as: ").append(String.join(", ", wikidata)).append("</p>\n");
        }

        if (!d.sentences.isEmpty()) {
            b.append("<h2 id=\"sentences\">Read in</h2>\n");
            for (ResourceDescription.Sentence s : d.sentences) {
                b.append("<blockquote>").append(esc(s.text())).append("<div class=\"meta\">");
                if (s.article() != null) {
                    b.append("<a href=\"").append(esc(href(s.iri()))).append("\">")
                        .append(esc(s.articleTitle() != null ? s.articleTitle() : s.article())).append("</a>");
                }
                b.append("</div></blockquote>\n");
            }
        }

        b.append("<h2 id=\"facts\">Statements</h2>\n<table>\n");
        Map<String, List<RDFNode>> out = new TreeMap<>(Comparator.comparing(this::curie));
        d.data.listStatements(r, null, (RDFNode) null).forEach(s -> out.computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>()).add(s.getObject()));
        for (Map.Entry<String, List<RDFNode>> e : out.entrySet()) {
            List<String> vs = new ArrayList<>();
            e.getValue().stream().sorted(Comparator.comparing(RDFNode::toString)).forEach(v -> vs.add(node(v)));
            b.append("<tr><th>").append(iriLink(e.getKey())).append("</th><td>").append(String.join("<br>", vs)).append("</td></tr>\n");
        }
        b.append("</table>\n");

        List<Statement> in = d.data.listStatements(null, null, r).toList();
        if (!in.isEmpty()) {
            b.append("<h2 id=\"incoming\">Referred to by</h2>\n<table>\n");
            in.stream().sorted(Comparator.comparing((Statement s) -> curie(s.getPredicate().getURI())).thenComparing(s -> s.getSubject().toString()))
                .forEach(s -> b.append("<tr><th>").append(iriLink(s.getPredicate().getURI())).append(" of</th><td>")
                    .append(node(s.getSubject())).append("</td></tr>\n"));
            b.append("</table>\n");
            if (d.incomingCut) {
                b.append("<p class=\"meta\">Only the first ").append(ResourceDescription.MAX_IN).append(" are shown; ask the ")
                    .append("<a href=\"/\">SPARQL endpoint</a> for all.</p>\n");
            }
        }

        fragments(b);
        b.append("<footer>diplomacy-kg linked data. Query everything at <a href=\"/\">the SPARQL endpoint</a>.</footer>\n")
            .append("</main>\n</body>\n</html>\n");
        return b.toString();
    }

    /** For an article: the text, then each of its fragments (sentences, mentions …) with an anchor. */
    private void fragments(StringBuilder b) {
        String prefix = d.iri + "#";
        List<Resource> fragments = d.data.listSubjects().toList().stream()
            .filter(s -> s.isURIResource() && s.getURI().startsWith(prefix))
            .sorted(Comparator.comparingLong((Resource s) -> begin(s)).thenComparing(Resource::getURI)).toList();
        if (fragments.isEmpty()) {
            return;
        }
        for (Resource f : fragments) {
            Statement text = f.getProperty(d.data.createProperty(NIF.NS, "isString"));
            if (text != null) {
                b.append("<h2 id=\"text\">Text</h2>\n<div class=\"text\">").append(esc(text.getString())).append("</div>\n");
            }
        }
        b.append("<h2 id=\"fragments\">Parts of the article</h2>\n");
        for (Resource f : fragments) {
            if (f.hasProperty(d.data.createProperty(NIF.NS, "isString"))) {
                continue;
            }
            String id = f.getURI().substring(prefix.length());
            b.append("<h3 id=\"").append(esc(id)).append("\"><code>#").append(esc(id)).append("</code></h3>\n<table>\n");
            f.listProperties().toList().stream().sorted(Comparator.comparing((Statement s) -> curie(s.getPredicate().getURI()))
                    .thenComparing(s -> s.getObject().toString()))
                .forEach(s -> b.append("<tr><th>").append(iriLink(s.getPredicate().getURI())).append("</th><td>")
                    .append(node(s.getObject())).append("</td></tr>\n"));
            b.append("</table>\n");
        }
    }

    private static long begin(Resource s) {
        Statement st = s.getProperty(s.getModel().createProperty(NIF.NS, "beginIndex"));
        return st != null && st.getObject().isLiteral() ? st.getLong() : Long.MAX_VALUE;
    }

    private List<RDFNode> objects(Resource r, String p) {
        return d.data.listObjectsOfProperty(r, d.data.createProperty(p)).toList();
    }

    private String label(String iri) {
        String l = d.labels.get(iri);
        return l != null ? l : curie(iri);
    }

    private String curie(String iri) {
        String s = prefixes.shortForm(iri);
        return s.equals(iri) ? iri : s;
    }

    /** Where a link to an IRI goes: this server for its own IRIs, the IRI itself for other http(s) IRIs, else nowhere. */
    static String href(String iri) {
        String local = pageHref(iri);
        if (local != null) {
            return local;
        }
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : null;
    }

    private String iriLink(String iri) {
        String href = href(iri);
        String text = curie(iri);
        return href == null ? "<code>" + esc(text) + "</code>" : "<a href=\"" + esc(href) + "\"><code>" + esc(text) + "</code></a>";
    }

    private String node(RDFNode n) {
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            String label = d.labels.get(iri);
            String href = href(iri);
            String text = label != null ? label : curie(iri);
            return href == null ? esc(text) : "<a href=\"" + esc(href) + "\" title=\"" + esc(iri) + "\">" + esc(text) + "</a>";
        }
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            String lex = esc(l.getLexicalForm());
            if (!l.getLanguage().isEmpty()) {
                return lex + " <span class=\"meta\">@" + esc(l.getLanguage()) + "</span>";
            }
            String dt = l.getDatatypeURI();
            if (dt != null && !dt.equals("http://www.w3.org/2001/XMLSchema#string")) {
                return lex + " <span class=\"meta\">" + esc(curie(dt)) + "</span>";
            }
            return lex;
        }
        return "<em>(blank node)</em>";
    }
}
