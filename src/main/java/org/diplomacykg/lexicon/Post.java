package org.diplomacykg.lexicon;

import java.util.List;

/**
 * An office a person holds: "President of Russia", "Kremlin spokesman".
 *
 * @param iri       its IRI
 * @param label     name of the post
 * @param postIn    IRI of the country or organisation the post belongs to
 * @param roleNouns lower-case nouns news uses for it ("president", "spokesman", "foreign minister")
 * @param qid       Wikidata QID, or {@code null}
 */
public record Post(String iri, String label, String postIn, List<String> roleNouns, String qid) {
    public Post {
        roleNouns = List.copyOf(roleNouns);
    }
}
