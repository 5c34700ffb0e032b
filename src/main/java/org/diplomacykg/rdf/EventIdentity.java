package org.diplomacykg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.diplomacykg.fact.EventFact;
import org.diplomacykg.fact.TimeValue;

/**
 * What makes two reports one event: the same kind (the CAMEO code, or the root for statements and
 * consultations), the same actors (in either
 * order for symmetric events; for statements, the speaker's country stands for the speaker, so that "Russia
 * declared" and "the Kremlin spokesman said" the same month are one statement), the same released persons, and the same month
 * (or year, when only the year is known). The IRI is a hash of these, so the same report always gives the
 * same IRI, whatever the order articles are read in.
 */
public final class EventIdentity {
    private EventIdentity() {}

    /** The IRI of the event a report is a mention of; {@code actingCountry} maps an actor to its country or null. */
    public static String iri(EventFact e, UnaryOperator<String> actingCountry) {
        // Statements (01) and consultations (04) are refined by cue words and by where they happened, which
        // reports word differently: their root identifies them. Elsewhere the full code does (economic
        // and military aid given together are two events).
        String root = e.root();
        String kind = root.equals("01") || root.equals("04") ? root : e.cameo();
        String source = e.source();
        String target = e.target();
        if (e.root().equals("01") && source != null && actingCountry.apply(source) != null) {
            source = actingCountry.apply(source);
        }
        List<String> actors = new ArrayList<>();
        actors.add(source == null ? "" : source);
        actors.add(target == null ? "" : target);
        if (e.symmetric()) {
            actors.sort(String::compareTo);
        }
        List<String> key = new ArrayList<>();
        key.add(kind);
        key.addAll(actors);
        key.add(bucket(e.date()));
        key.addAll(e.releasedPersons());
        return Iris.event(key);
    }

    private static String bucket(TimeValue t) {
        if (t == null || !t.isResolved()) {
            return "";
        }
        return t.iso().length() >= 7 ? t.iso().substring(0, 7) : t.iso();
    }
}
