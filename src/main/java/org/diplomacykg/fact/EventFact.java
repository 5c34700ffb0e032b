package org.diplomacykg.fact;

import java.util.List;
import java.util.Objects;

/**
 * An event as one sentence reports it: a CAMEO-coded act of a source actor towards a target actor.
 *
 * @param cameo           CAMEO code with leading zeros ("163")
 * @param source          IRI of the actor who acts (actor1), or {@code null}
 * @param target          IRI of the actor acted upon (actor2), or {@code null}
 * @param symmetric       whether source and target take part alike (meetings, exchanges)
 * @param date            when, at the precision the text gives, or {@code null}
 * @param place           IRI of where it happened, or {@code null}
 * @param sentence        index of the sentence that states it
 * @param trigger         the words that signal it
 * @param confidence      how sure the extractor is, in [0,1]
 * @param pattern         IRI of the pattern that matched
 * @param releasedPersons IRIs of the persons released (CAMEO 0841)
 * @param treaty          IRI of the treaty it concerns, or {@code null}
 * @param content         what was said, charged or demanded, as text, or {@code null}
 * @param respondsTo      index (in the extraction's event list) of the event it responds to, or -1
 */
public record EventFact(String cameo, String source, String target, boolean symmetric, TimeValue date, String place,
                        int sentence, TextSpan trigger, double confidence, String pattern,
                        List<String> releasedPersons, String treaty, String content, int respondsTo) {
    public EventFact {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(trigger, "trigger");
        releasedPersons = List.copyOf(releasedPersons);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0,1]");
        }
        if (source == null && target == null) {
            throw new IllegalArgumentException("an event needs at least one actor");
        }
    }

    public EventFact withRespondsTo(int index) {
        return new EventFact(cameo, source, target, symmetric, date, place, sentence, trigger, confidence, pattern,
            releasedPersons, treaty, content, index);
    }

    public EventFact withDate(TimeValue newDate) {
        return new EventFact(cameo, source, target, symmetric, newDate, place, sentence, trigger, confidence, pattern,
            releasedPersons, treaty, content, respondsTo);
    }

    /** The CAMEO root: the first two digits. */
    public String root() {
        return cameo.substring(0, 2);
    }
}
