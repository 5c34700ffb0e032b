package org.diplomacykg.link;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.internal.Slugs;

/**
 * A SPARQL endpoint. A SPARQL store cannot fold case, accents or spelling variants without scanning every
 * label, so the linker sends the entities' names as they are, with their spellings from the variant table
 * and a person's family name alone, as English and untagged literals; what they hit is then fetched
 * (the properties of {@code properties.tsv}, with the labels of the values) and scored as for a file. Names
 * that differ only by accents or case are therefore found in files but not through endpoints.
 */
final class SparqlSource implements ExternalSource {
    private static final int FORMS_PER_QUERY = 120;
    private static final int RESOURCES_PER_QUERY = 60;
    private static final int SPELLINGS_PER_NAME = 8;
    private static final long TIMEOUT_SECONDS = 60;

    private final String url;
    private final PropertyTable properties = PropertyTable.builtIn();
    private final ExternalReader reader = new ExternalReader(properties, TypeTable.builtIn());

    SparqlSource(String url) {
        try {
            URI u = new URI(url);
            if (u.getHost() == null || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))) {
                throw new LinkException(url + ": not an http(s) URL of a SPARQL endpoint");
            }
        } catch (URISyntaxException e) {
            throw new LinkException(url + ": not a valid URL: " + e.getReason(), e);
        }
        this.url = url;
    }

    @Override
    public String location() {
        return url;
    }

    @Override
    public String suggestedName() {
        URI u = URI.create(url);
        String host = u.getHost().replaceFirst("^(www|query|sparql)\\.", "");
        return Slugs.slug(u.getPort() > 0 ? host + "-" + u.getPort() : host);
    }

    @Override
    public Map<String, List<ExternalEntity>> candidates(List<LocalEntity> entities, Names names) {
        Map<String, Set<String>> entitiesByForm = new LinkedHashMap<>();
        for (LocalEntity e : entities) {
            List<String> ns = new ArrayList<>(e.names());
            if (e.familyName() != null) {
                ns.add(e.familyName());
            }
            for (String n : ns) {
                for (String form : names.spellings(n, SPELLINGS_PER_NAME)) {
                    entitiesByForm.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(e.iri());
                }
            }
        }
        Map<String, Set<String>> hitsByEntity = new HashMap<>();
        List<String> forms = new ArrayList<>(entitiesByForm.keySet());
        for (int i = 0; i < forms.size(); i += FORMS_PER_QUERY) {
            List<String> chunk = forms.subList(i, Math.min(forms.size(), i + FORMS_PER_QUERY));
            select(namedQuery(chunk), (resource, form) -> {
                for (String e : entitiesByForm.getOrDefault(form, Set.of())) {
                    hitsByEntity.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(resource);
                }
            });
        }
        Set<String> all = new LinkedHashSet<>();
        hitsByEntity.values().forEach(all::addAll);
        Model described = ModelFactory.createDefaultModel();
        List<String> resources = new ArrayList<>(all);
        for (int i = 0; i < resources.size(); i += RESOURCES_PER_QUERY) {
            described.add(construct(describeQuery(resources.subList(i, Math.min(resources.size(), i + RESOURCES_PER_QUERY)))));
        }
        Map<String, ExternalEntity> read = new HashMap<>();
        Map<String, List<ExternalEntity>> out = new LinkedHashMap<>();
        for (LocalEntity e : entities) {
            List<ExternalEntity> xs = new ArrayList<>();
            for (String r : hitsByEntity.getOrDefault(e.iri(), Set.of())) {
                xs.add(read.computeIfAbsent(r, x -> reader.read(described, described.getResource(x))));
            }
            out.put(e.iri(), xs);
        }
        return out;
    }

    private String namedQuery(List<String> forms) {
        StringBuilder values = new StringBuilder();
        for (String f : forms) {
            values.append(FmtUtils.stringForNode(NodeFactory.createLiteralLang(f, "en"))).append(' ')
                .append(FmtUtils.stringForNode(NodeFactory.createLiteralString(f))).append('\n');
        }
        StringBuilder props = new StringBuilder();
        properties.withRole(Set.of(Fact.Role.LABEL, Fact.Role.ALIAS)).forEach(p -> props.append('<').append(p).append("> "));
        return "SELECT DISTINCT ?c ?form WHERE {\n  VALUES ?form {\n" + values + "  }\n  VALUES ?p { " + props + "}\n"
            + "  ?c ?p ?form .\n  FILTER(isIRI(?c))\n}";
    }

    private String describeQuery(List<String> resources) {
        StringBuilder values = new StringBuilder();
        resources.forEach(r -> values.append('<').append(r).append("> "));
        StringBuilder props = new StringBuilder();
        properties.all().forEach(p -> props.append('<').append(p).append("> "));
        return "CONSTRUCT { ?c ?p ?o . ?o <" + RDFS.label.getURI() + "> ?ol . ?o <" + OWL.sameAs.getURI() + "> ?same }\n"
            + "WHERE {\n  VALUES ?c { " + values + "}\n  VALUES ?p { " + props + "}\n  ?c ?p ?o .\n"
            + "  FILTER(!isLiteral(?o) || lang(?o) = \"\" || langMatches(lang(?o), \"en\"))\n"
            + "  OPTIONAL { ?o <" + RDFS.label.getURI() + "> ?ol FILTER(isLiteral(?ol) && (lang(?ol) = \"\" || langMatches(lang(?ol), \"en\"))) }\n"
            + "  OPTIONAL { ?o <" + OWL.sameAs.getURI() + "> ?same }\n}";
    }

    private interface Row {
        void accept(String resource, String form);
    }

    private void select(String query, Row row) {
        try (QueryExecution qe = QueryExecutionHTTPBuilder.service(url).query(query).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
            qe.execSelect().forEachRemaining(s -> {
                if (s.get("c").isURIResource() && s.get("form").isLiteral()) {
                    row.accept(s.getResource("c").getURI(), s.getLiteral("form").getLexicalForm());
                }
            });
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    private Model construct(String query) {
        try (QueryExecution qe = QueryExecutionHTTPBuilder.service(url).query(query).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
            return qe.execConstruct();
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    private LinkException failure(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (e.getMessage() != null && !e.getMessage().equals(why)) {
            why = e.getMessage() + (root == e ? "" : " (" + why + ")");
        }
        return new LinkException(url + ": SPARQL endpoint unreachable or failing: " + why, e);
    }
}
