package org.diplomacykg.fact;

/**
 * A claim of the article that contradicts the reference data: a person called by a post they did not hold on
 * the article's date.
 *
 * @param subject     IRI of the person
 * @param claimedPost IRI of the post the article gives them
 * @param heldPost    IRI of a post they held on that date per the reference data, or {@code null}
 * @param sentence    index of the sentence
 * @param span        the words making the claim
 * @param reason      a readable explanation
 */
public record ConflictingClaim(String subject, String claimedPost, String heldPost, int sentence, TextSpan span,
                               String reason) {}
