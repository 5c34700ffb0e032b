package org.diplomacykg.fact;

/**
 * Words the article puts in quotation marks, with who said them.
 *
 * @param span     the quoted words, without the quotation marks
 * @param sentence index of the sentence where the quote starts
 * @param speaker  IRI of the speaker, or {@code null} if the article does not say
 * @param text     the quoted words
 */
public record Quote(TextSpan span, int sentence, String speaker, String text) {}
