package org.diplomacykg.link;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.lexicon.EntityKind;

/**
 * Which classes of external datasets fit which kinds of local entity ({@code types.tsv}): Wikidata's
 * {@code Q5} human fits a person, {@code Q6256} country and {@code Q3624078} sovereign state fit a country,
 * {@code Q35657} state of the United States fits nothing we link.
 */
final class TypeTable {
    private static final String RESOURCE = "/org/diplomacykg/link/types.tsv";
    private static volatile TypeTable builtIn;

    /** A class the table knows. */
    record ClassInfo(String iri, Set<EntityKind> kinds, String label) {}

    /** How a candidate's classes fit a local kind. */
    enum Verdict { COMPATIBLE, INCOMPATIBLE, UNKNOWN }

    /** The verdict and why. */
    record Fit(Verdict verdict, String why) {}

    private final Map<String, ClassInfo> classes;

    private TypeTable(Map<String, ClassInfo> classes) {
        this.classes = Map.copyOf(classes);
    }

    static TypeTable builtIn() {
        TypeTable t = builtIn;
        if (t == null) {
            Map<String, ClassInfo> m = new HashMap<>();
            for (List<String> row : Tsv.read(RESOURCE, 3)) {
                Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
                if (!row.get(1).equals("-")) {
                    for (String k : row.get(1).split(",")) {
                        kinds.add(EntityKind.valueOf(k.strip()));
                    }
                }
                m.put(row.get(0), new ClassInfo(row.get(0), kinds, row.get(2)));
            }
            t = new TypeTable(m);
            builtIn = t;
        }
        return t;
    }

    /** A label for a class IRI the table knows, or {@code null}. */
    String label(String classIri) {
        ClassInfo c = classes.get(classIri);
        return c == null ? null : c.label();
    }

    /** How the classes fit the kind: one that fits wins; else one recognised that does not refuses; else unknown. */
    Fit fit(EntityKind kind, Collection<Ref> types) {
        ClassInfo refusing = null;
        for (Ref t : types) {
            ClassInfo c = classes.get(t.value());
            if (c == null) {
                continue;
            }
            if (c.kinds().contains(kind)) {
                return new Fit(Verdict.COMPATIBLE, c.label() + " (" + Vocab.shortForm(c.iri()) + ") fits " + noun(kind));
            }
            if (refusing == null) {
                refusing = c;
            }
        }
        if (refusing != null) {
            return new Fit(Verdict.INCOMPATIBLE, article(refusing.label()) + " (" + Vocab.shortForm(refusing.iri()) + ") is not "
                + article(noun(kind)));
        }
        return new Fit(Verdict.UNKNOWN, types.isEmpty() ? "no class given" : "no recognised class");
    }

    static String noun(EntityKind kind) {
        return switch (kind) {
            case COUNTRY -> "country";
            case CITY -> "city";
            case PERSON -> "person";
            case GOVERNMENT_ORGANIZATION -> "government organisation";
            case AGENCY -> "agency";
            case INTERGOVERNMENTAL_ORGANIZATION -> "intergovernmental organisation";
            case ORGANIZATION -> "organisation";
            case TREATY -> "treaty";
        };
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
