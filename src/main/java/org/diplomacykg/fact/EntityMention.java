package org.diplomacykg.fact;

/**
 * A place in the text that names an entity.
 *
 * @param sentence   index of the sentence
 * @param span       where it is
 * @param entity     IRI of the entity named
 * @param anchor     the words as written
 * @param confidence how sure the extractor is that the words name this entity, in [0,1]
 */
public record EntityMention(int sentence, TextSpan span, String entity, String anchor, double confidence) {}
