package org.diplomacykg.lexicon;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.fact.TimeValue;
import org.diplomacykg.internal.Slugs;
import org.diplomacykg.text.Token;
import org.diplomacykg.text.Tokens;
import org.diplomacykg.vocab.DIP;
import org.diplomacykg.vocab.ORG;
import org.diplomacykg.vocab.SCHEMA;

/**
 * The reference entities the extractor recognises by name, loaded from Turtle files: the built-in
 * gazetteer ({@code org/diplomacykg/lexicon/gazetteer/}) plus any files or folders the user adds. Immutable
 * and thread-safe once loaded.
 */
public final class Gazetteer {
    static final String BUILT_IN = "/org/diplomacykg/lexicon/gazetteer";
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    /** Which reading of an ambiguous name to prefer when context does not decide. */
    private static final List<EntityKind> PRIORITY = List.of(EntityKind.COUNTRY, EntityKind.GOVERNMENT_ORGANIZATION,
        EntityKind.AGENCY, EntityKind.INTERGOVERNMENTAL_ORGANIZATION, EntityKind.PERSON, EntityKind.CITY,
        EntityKind.ORGANIZATION, EntityKind.TREATY);

    private final Model model;
    private final Map<String, Entity> entities;
    private final Map<String, Post> posts;
    private final NameIndex names;
    private final Map<String, List<Post>> postsByRoleNoun;
    private final Map<String, String> capitalOf;
    /** Country → the lower-case words of each name of each of its government bodies, for {@link #organ}. */
    private final Map<String, Map<Entity, List<List<String>>>> organNames = new HashMap<>();

    private Gazetteer(Model model, Map<String, Entity> entities, Map<String, Post> posts, NameIndex names,
                      Map<String, List<Post>> postsByRoleNoun, Map<String, String> capitalOf) {
        this.model = model;
        this.entities = entities;
        this.posts = posts;
        this.names = names;
        this.postsByRoleNoun = postsByRoleNoun;
        this.capitalOf = capitalOf;
        for (Entity e : entities.values()) {
            if (e.country() == null || e.kind() != EntityKind.GOVERNMENT_ORGANIZATION) {
                continue;
            }
            List<List<String>> forms = new ArrayList<>();
            for (Statement st : model.getResource(e.iri()).listProperties().toList()) {
                if (st.getObject().isLiteral() && (st.getPredicate().equals(RDFS.label) || st.getPredicate().equals(SKOS.altLabel))) {
                    forms.add(Tokens.words(st.getString().toLowerCase(Locale.ROOT)));
                }
            }
            organNames.computeIfAbsent(e.country(), k -> new HashMap<>()).put(e, forms);
        }
    }

    /** The built-in gazetteer only. */
    public static Gazetteer builtIn() {
        return load(List.of());
    }

    /** The built-in gazetteer plus the given Turtle files or folders of Turtle files. */
    public static Gazetteer load(List<Path> extra) {
        Model m = ModelFactory.createDefaultModel();
        TurtleFiles.readBuiltIn(BUILT_IN, m);
        for (Path p : extra) {
            TurtleFiles.readPath(p, m);
        }
        skolemizeTenures(m);
        return build(m);
    }

    /** Blank-node tenures get stable IRIs, so that loading the same facts twice adds nothing to a store. */
    private static void skolemizeTenures(Model m) {
        List<Statement> stmts = m.listStatements(null, DIP.tenure, (RDFNode) null).toList();
        for (Statement s : stmts) {
            if (s.getObject().isAnon() && s.getSubject().isURIResource()) {
                Resource t = s.getObject().asResource();
                String post = t.hasProperty(DIP.post) ? t.getPropertyResourceValue(DIP.post).getLocalName() : "post";
                String start = t.hasProperty(DIP.start) ? t.getProperty(DIP.start).getLiteral().getLexicalForm() : "x";
                ResourceUtils.renameResource(t, s.getSubject().getURI() + "/tenure/" + Slugs.slug(post) + "-" + start);
            }
        }
    }

    private static Gazetteer build(Model m) {
        Map<String, Post> posts = new HashMap<>();
        Map<String, List<Post>> byNoun = new HashMap<>();
        for (Resource r : m.listSubjectsWithProperty(RDF.type, DIP.Post).toList()) {
            List<String> nouns = new ArrayList<>();
            m.listObjectsOfProperty(r, DIP.roleNoun).forEach(n -> nouns.add(n.asLiteral().getString().toLowerCase(Locale.ROOT)));
            Resource in = r.getPropertyResourceValue(ORG.postIn);
            Post p = new Post(r.getURI(), label(r), in == null ? null : in.getURI(), nouns, qid(r));
            posts.put(p.iri(), p);
            for (String n : nouns) {
                byNoun.computeIfAbsent(n, k -> new ArrayList<>()).add(p);
            }
        }

        Map<String, Entity> entities = new HashMap<>();
        NameIndex names = new NameIndex();
        Map<String, String> capitalOf = new HashMap<>();
        List<Resource> subjects = m.listSubjectsWithProperty(RDF.type).toList();
        subjects.sort(Comparator.comparing(r -> r.isURIResource() ? r.getURI() : ""));
        for (Resource r : subjects) {
            if (!r.isURIResource()) {
                continue;
            }
            Optional<EntityKind> kind = kindOf(r);
            if (kind.isEmpty()) {
                continue;
            }
            Entity e = new Entity(r.getURI(), kind.get(), label(r), qid(r), iri(r, DIP.country), metonymFor(r),
                tenures(r), true);
            entities.put(e.iri(), e);
            Resource capital = r.getPropertyResourceValue(DIP.capital);
            if (capital != null) {
                capitalOf.put(capital.getURI(), e.iri());
            }
        }
        // Names are added in priority order, so that ambiguous forms list the preferred reading first.
        List<Entity> ordered = new ArrayList<>(entities.values());
        ordered.sort(Comparator.comparing((Entity e) -> PRIORITY.indexOf(e.kind())).thenComparing(Entity::iri));
        Map<String, Set<String>> familyNames = new HashMap<>();
        for (Entity e : ordered) {
            Resource r = m.getResource(e.iri());
            addForms(names, r, RDFS.label, e, NameForm.NAME);
            addForms(names, r, SKOS.altLabel, e, NameForm.NAME);
            addForms(names, r, DIP.demonym, e, NameForm.DEMONYM);
            addForms(names, r, DIP.contextLabel, e, NameForm.CONTEXT_NAME);
            if (e.kind() == EntityKind.PERSON) {
                m.listObjectsOfProperty(r, SCHEMA.familyName).forEach(n ->
                    familyNames.computeIfAbsent(n.asLiteral().getString(), k -> new LinkedHashSet<>()).add(e.iri()));
                // Family name first, as Japanese, Korean, Chinese and Hungarian readouts write it ("KISHIDA Fumio").
                Statement given = r.getProperty(SCHEMA.givenName);
                Statement family = r.getProperty(SCHEMA.familyName);
                if (given != null && family != null) {
                    names.add(Tokens.words(family.getString() + " " + given.getString()), e, NameForm.NAME);
                }
            }
        }
        for (Map.Entry<String, Set<String>> f : familyNames.entrySet()) {
            for (String iri : f.getValue()) {
                names.add(Tokens.words(f.getKey()), entities.get(iri), NameForm.FAMILY_NAME);
            }
        }
        return new Gazetteer(m, Map.copyOf(entities), Map.copyOf(posts), names, Map.copyOf(byNoun), Map.copyOf(capitalOf));
    }

    private static void addForms(NameIndex names, Resource r, Property p, Entity e, NameForm form) {
        r.listProperties(p).forEach(s -> {
            if (s.getObject().isLiteral()) {
                String lang = s.getLiteral().getLanguage();
                if (lang.isEmpty() || lang.startsWith("en")) {
                    String name = stripArticle(s.getLiteral().getString().strip());
                    if (!name.isEmpty()) {
                        names.add(Tokens.words(name), e, form);
                    }
                    if (form == NameForm.DEMONYM && name.matches("\\p{Lu}\\p{L}+(an|i)")) {
                        // "five Americans", "two Israelis": the people of a country are of its side
                        names.add(Tokens.words(name + "s"), e, form);
                    }
                }
            }
        });
    }

    /** "the Kremlin" is found as "Kremlin": the article is not part of the name and may be capitalised or not. */
    private static String stripArticle(String name) {
        if (name.startsWith("the ") || name.startsWith("The ")) {
            return name.substring(4);
        }
        return name;
    }

    private static Optional<EntityKind> kindOf(Resource r) {
        for (EntityKind k : List.of(EntityKind.COUNTRY, EntityKind.CITY, EntityKind.PERSON, EntityKind.AGENCY,
            EntityKind.GOVERNMENT_ORGANIZATION, EntityKind.INTERGOVERNMENTAL_ORGANIZATION, EntityKind.ORGANIZATION,
            EntityKind.TREATY)) {
            if (r.hasProperty(RDF.type, k.type())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static String label(Resource r) {
        for (Statement s : r.listProperties(RDFS.label).toList()) {
            Literal l = s.getLiteral();
            if (l.getLanguage().isEmpty() || l.getLanguage().startsWith("en")) {
                return l.getString();
            }
        }
        return r.getLocalName();
    }

    private static String qid(Resource r) {
        for (Statement s : r.listProperties(OWL.sameAs).toList()) {
            if (s.getObject().isURIResource() && s.getObject().asResource().getURI().startsWith(WIKIDATA_ENTITY)) {
                return s.getObject().asResource().getURI().substring(WIKIDATA_ENTITY.length());
            }
        }
        return null;
    }

    /** What a place stands for; an organisation ("Brussels" → the EU) wins over a country. */
    private static String metonymFor(Resource r) {
        String country = null;
        for (Statement s : r.listProperties(DIP.metonymFor).toList()) {
            Resource o = s.getResource();
            if (o.hasProperty(RDF.type, DIP.Country)) {
                country = o.getURI();
            } else {
                return o.getURI();
            }
        }
        return country;
    }

    private static String iri(Resource r, Property p) {
        Resource o = r.getPropertyResourceValue(p);
        return o == null || !o.isURIResource() ? null : o.getURI();
    }

    private static List<Tenure> tenures(Resource r) {
        List<Tenure> out = new ArrayList<>();
        for (Statement s : r.listProperties(DIP.tenure).toList()) {
            Resource t = s.getResource();
            Resource post = t.getPropertyResourceValue(DIP.post);
            if (post == null) {
                continue;
            }
            out.add(new Tenure(post.getURI(), time(t, DIP.start), time(t, DIP.end)));
        }
        return out;
    }

    private static TimeValue time(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : TimeValue.parse(s.getLiteral().getLexicalForm());
    }

    /** The longest name in the gazetteer starting at token {@code start}. */
    public Optional<NameMatch> match(List<Token> tokens, int start) {
        return names.longestAt(tokens, start);
    }

    public Optional<Entity> entity(String iri) {
        return Optional.ofNullable(entities.get(iri));
    }

    public Optional<Post> post(String iri) {
        return Optional.ofNullable(posts.get(iri));
    }

    /** Posts news calls by this lower-case role noun ("president", "spokesman"). */
    public List<Post> postsCalled(String roleNoun) {
        return postsByRoleNoun.getOrDefault(roleNoun, List.of());
    }

    /** Whether the gazetteer knows this role noun for some post. */
    public boolean isRoleNoun(String roleNoun) {
        return postsByRoleNoun.containsKey(roleNoun);
    }

    /** The country whose capital this city is. */
    public Optional<String> countryWithCapital(String cityIri) {
        return Optional.ofNullable(capitalOf.get(cityIri));
    }

    /**
     * The government body of a country whose names contain every one of {@code words} (case-insensitive, matched as
     * word beginnings: "defen" finds both spellings), if exactly one does: "foreign ministry" of Russia is the
     * Russian Ministry of Foreign Affairs.
     */
    public Optional<Entity> organ(String country, List<String> words) {
        Entity found = null;
        for (Map.Entry<Entity, List<List<String>>> o : organNames.getOrDefault(country, Map.of()).entrySet()) {
            Entity e = o.getKey();
            boolean named = o.getValue().stream().anyMatch(name ->
                words.stream().allMatch(w -> name.stream().anyMatch(n -> n.startsWith(w))));
            if (named) {
                if (found != null && !found.iri().equals(e.iri())) {
                    return Optional.empty();
                }
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The organisation {@code iri} is part of ("the UN Security Council" → the United Nations), if the gazetteer says. */
    public Optional<String> parentOf(String iri) {
        Resource parent = model.getResource(iri).getPropertyResourceValue(ORG.subOrganizationOf);
        return parent == null || !parent.isURIResource() ? Optional.empty() : Optional.of(parent.getURI());
    }

    /** The states party to a treaty. */
    public List<String> treatyParties(String treatyIri) {
        List<String> out = new ArrayList<>();
        model.getResource(treatyIri).listProperties(DIP.party).forEach(s -> {
            if (s.getObject().isURIResource()) {
                out.add(s.getResource().getURI());
            }
        });
        out.sort(String::compareTo);
        return out;
    }

    /** The people holding a post on a day, by their tenures. */
    public List<Entity> holders(String postIri, LocalDate day) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            if (e.kind() == EntityKind.PERSON) {
                for (Tenure t : e.tenures()) {
                    if (t.post().equals(postIri) && t.heldOn(day)) {
                        out.add(e);
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Entity::iri));
        return out;
    }

    public int size() {
        return entities.size();
    }

    /**
     * The reference description of some entities: every statement about each, its tenures and the posts they
     * name (labels, QIDs, countries), as a new model.
     */
    public Model describe(Collection<String> iris) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(model.getNsPrefixMap());
        Set<String> posts = new LinkedHashSet<>();
        for (String iri : iris) {
            Resource r = model.getResource(iri);
            for (Statement s : r.listProperties().toList()) {
                out.add(s);
                if (s.getPredicate().equals(DIP.tenure)) {
                    Resource t = s.getResource();
                    out.add(t.listProperties());
                    Resource post = t.getPropertyResourceValue(DIP.post);
                    if (post != null) {
                        posts.add(post.getURI());
                    }
                }
            }
        }
        Set<String> owners = new LinkedHashSet<>();
        for (String p : posts) {
            Resource post = model.getResource(p);
            out.add(post.listProperties());
            Resource in = post.getPropertyResourceValue(ORG.postIn);
            if (in != null && in.isURIResource()) {
                owners.add(in.getURI());
            }
        }
        // The organisations posts belong to ("Director of the SVR" → the SVR): their type and names.
        for (String o : owners) {
            out.add(model.getResource(o).listProperties());
        }
        return out;
    }
}
