package org.diplomacykg.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.diplomacykg.internal.Slugs;

/**
 * An external dataset held in memory. Names are indexed by their normalised, variant-folded forms, and by
 * their words, so that "Chișinău" is found for "Chisinau" and "Michael Jordan" is considered (and refused)
 * for the country "Jordan".
 */
final class ModelSource implements ExternalSource {
    private final String location;
    private final String suggestedName;
    private final Model model;
    private final PropertyTable properties = PropertyTable.builtIn();
    private final ExternalReader reader = new ExternalReader(properties, TypeTable.builtIn());
    private Map<String, Set<Resource>> byKey;
    private Map<String, Set<Resource>> byWord;

    ModelSource(String location, String suggestedName, Model model) {
        this.location = location;
        this.suggestedName = suggestedName;
        this.model = model;
    }

    static ModelSource read(Path file) {
        if (!Files.exists(file)) {
            throw new LinkException(file + ": no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new LinkException(file + ": not a readable file");
        }
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null) {
            throw new LinkException(file + ": unknown RDF syntax (name it .ttl, .nt, .nq, .trig, .rdf, .owl, .jsonld or .n3)");
        }
        Dataset ds = DatasetFactory.create();
        try {
            RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(ds.asDatasetGraph());
        } catch (RiotException e) {
            throw new LinkException(file + ": not readable as " + lang.getLabel() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new LinkException(file + ": cannot read: " + e.getMessage(), e);
        }
        Model m = ModelFactory.createDefaultModel();
        m.add(ds.getDefaultModel());
        ds.listNames().forEachRemaining(g -> m.add(ds.getNamedModel(g)));
        if (m.isEmpty()) {
            throw new LinkException(file + ": holds no RDF triples");
        }
        String name = file.getFileName().toString().replaceAll("(\\.(gz|bz2|xz))$", "").replaceAll("\\.[^.]+$", "");
        return new ModelSource(file.toString(), Slugs.slug(name), m);
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public String suggestedName() {
        return suggestedName;
    }

    @Override
    public Map<String, List<ExternalEntity>> candidates(List<LocalEntity> entities, Names names) {
        index(names);
        Map<Resource, ExternalEntity> read = new HashMap<>();
        Map<String, List<ExternalEntity>> out = new LinkedHashMap<>();
        for (LocalEntity e : entities) {
            Set<Resource> hits = new LinkedHashSet<>();
            List<String> forms = new ArrayList<>(e.names());
            if (e.familyName() != null) {
                forms.add(e.familyName());
            }
            for (String n : forms) {
                for (String k : names.keys(n)) {
                    hits.addAll(byKey.getOrDefault(k, Set.of()));
                    if (!k.contains(" ")) {
                        hits.addAll(byWord.getOrDefault(k, Set.of()));
                    }
                }
            }
            List<ExternalEntity> xs = new ArrayList<>();
            for (Resource r : hits) {
                xs.add(read.computeIfAbsent(r, x -> reader.read(model, x)));
            }
            out.put(e.iri(), xs);
        }
        return out;
    }

    private void index(Names names) {
        if (byKey != null) {
            return;
        }
        byKey = new HashMap<>();
        byWord = new HashMap<>();
        for (String property : properties.withRole(Set.of(Fact.Role.LABEL, Fact.Role.ALIAS))) {
            model.listStatements(null, model.getProperty(property), (RDFNode) null).forEachRemaining(s -> {
                if (!s.getSubject().isURIResource() || !s.getObject().isLiteral()) {
                    return;
                }
                Literal l = s.getLiteral();
                if (!l.getLanguage().isEmpty() && !l.getLanguage().toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
                    return;
                }
                for (String k : names.keys(l.getLexicalForm())) {
                    byKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(s.getSubject());
                    for (String w : Names.words(k)) {
                        if (w.length() >= 3) {
                            byWord.computeIfAbsent(w, x -> new LinkedHashSet<>()).add(s.getSubject());
                        }
                    }
                }
            });
        }
    }
}
