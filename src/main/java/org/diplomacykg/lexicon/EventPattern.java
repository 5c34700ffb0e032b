package org.diplomacykg.lexicon;

import java.util.List;
import java.util.Set;

/**
 * A data-defined way of recognising one kind of CAMEO event; see {@code lexicon/patterns/events.ttl}.
 *
 * @param id                       the pattern's IRI
 * @param cameo                    the CAMEO code, with leading zeros
 * @param requires                 stems one of which the object or phrase must contain (empty: none needed)
 * @param excludes                 stems that cancel the trigger when the object contains one
 * @param requiresPreposition      a preposition that must follow the object, or {@code null}
 * @param excludesPreposition      a preposition that, right after the verb, cancels it ("clashed over grain
 *                                 imports" is a dispute, not a fight), or {@code null}
 * @param targetPrepositions       prepositions introducing the target
 * @param sourcePrepositions       prepositions introducing the source after a noun trigger
 * @param supportVerbs             forms of the verbs that make a noun trigger the act of their subject
 * @param reverseSupportVerbs      forms of the verbs whose subject is the target of the noun trigger's act
 * @param symmetric                whether all actors take part alike
 * @param reciprocal               whether two subjects with no target act towards each other ("Canada and India
 *                                 suspended talks")
 * @param bareNoun                 whether the noun alone reports the event
 * @param requiresModifier         whether a noun trigger needs a refinement modifier
 * @param targetFromObjectModifier whether the target is the country qualifying the object
 * @param sourceFromObjectModifier whether, in the passive with no agent, whose the theme is acts ("Georgia's ambassador
 *                                 was recalled": Georgia recalled him)
 * @param personObject             whether a named person as object satisfies {@code requires}
 * @param organisationObject       whether an intergovernmental organisation or a treaty named as object satisfies
 *                                 {@code requires} ("quit the CSTO", "left ECOWAS")
 * @param targetFromClause         whether, with no target otherwise, the target is the first actor of another
 *                                 side in the clause the verb introduces ("warned that Sweden should not expect …")
 * @param targetFromEvent          whether, with no other target, an object naming an earlier event ("welcomed the
 *                                 vote", "condemned the launch") makes that event's actors the target
 * @param targetFromAdversary      whether, with no other target, the side the source is at odds with (by the
 *                                 latest hostile act or criticism involving it) is the target ("reserved the right
 *                                 to respond")
 * @param targetFromAccuser        whether, with no other target, whoever last accused or criticised the source is
 *                                 the target ("Iran denied any involvement" after Saudi Arabia blamed it)
 * @param requiresCue              the name of a word list one of whose entries must follow the verb's object in
 *                                 its clause ("branded the decision 'disproportionate'"), or null
 * @param requiresInfinitive       whether the verb must introduce an infinitive and have two parties ("Kenya and
 *                                 Ethiopia agreed on Tuesday to resume flights")
 * @param requiresTarget           whether the act needs a named target even when its code is one that may stand
 *                                 without ("invited Mr Kristersson", not "invited foreign leaders")
 * @param activeOnly               whether the verb's passive is no act of the pattern ("the Americans were flown
 *                                 to Doha" is no visit)
 * @param gerundObject             whether a gerund right after the verb satisfies {@code requires} ("denied
 *                                 sending troops")
 * @param hyphenAgent              whether a name joined by a hyphen to the verb's participle is its agent ("a
 *                                 Qatar-brokered truce", "Egyptian-mediated talks")
 * @param targetFromEarlier        whether, with no other target, the target of the same kind of act reported in the
 *                                 last ten sentences is the target ("Jamaica has also offered personnel" after
 *                                 "Kenya offered to send police to Haiti")
 * @param refinements              modifier words that select a more specific code
 * @param intentCameo              the code for an intention to do it, or {@code null}
 * @param rejectCameo              the code for refusing to do it, or {@code null}
 * @param strength                 how reliably the words signal the event, in [0,1]
 */
public record EventPattern(String id, String cameo, Set<String> requires, Set<String> excludes,
                           String requiresPreposition, String excludesPreposition,
                           Set<String> targetPrepositions, Set<String> sourcePrepositions, Set<String> supportVerbs,
                           Set<String> reverseSupportVerbs, boolean symmetric, boolean reciprocal, boolean bareNoun,
                           boolean requiresModifier, boolean targetFromObjectModifier, boolean sourceFromObjectModifier,
                           boolean personObject, boolean organisationObject,
                           boolean targetFromClause, boolean targetFromEvent, boolean targetFromAccuser,
                           boolean targetFromAdversary,
                           String requiresCue, boolean requiresInfinitive, boolean requiresTarget,
                           boolean activeOnly, boolean gerundObject, boolean hyphenAgent, boolean targetFromEarlier,
                           List<Refinement> refinements,
                           String intentCameo, String rejectCameo, double strength) {

    public EventPattern {
        requires = Set.copyOf(requires);
        excludes = Set.copyOf(excludes);
        targetPrepositions = Set.copyOf(targetPrepositions);
        sourcePrepositions = Set.copyOf(sourcePrepositions);
        supportVerbs = Set.copyOf(supportVerbs);
        reverseSupportVerbs = Set.copyOf(reverseSupportVerbs);
        refinements = List.copyOf(refinements);
        if (strength < 0 || strength > 1) {
            throw new LexiconException(id + ": lex:strength " + strength + " is outside [0,1]");
        }
    }

    /**
     * A modifier word that selects a more specific code: "military" aid is 072.
     *
     * @param modifiers   the words
     * @param cameo       the code they select
     * @param intentCameo the code when the refined act is only intended ("agreed to cooperate on security" is
     *                    0312), or null to use the pattern's
     */
    public record Refinement(Set<String> modifiers, String cameo, String intentCameo) {
        public Refinement {
            modifiers = Set.copyOf(modifiers);
        }
    }
}
