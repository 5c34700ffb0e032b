package org.diplomacykg.extract;

import org.diplomacykg.lexicon.Entity;
import org.diplomacykg.lexicon.NameForm;

/**
 * An entity named by tokens [start, end) of a sentence.
 *
 * @param start      first token
 * @param end        last token (exclusive)
 * @param entity     the entity
 * @param form       how the words name it
 * @param confidence how sure the reading is
 */
record Mention(int start, int end, Entity entity, NameForm form, double confidence) {
    boolean isDemonym() {
        return form == NameForm.DEMONYM;
    }
}
