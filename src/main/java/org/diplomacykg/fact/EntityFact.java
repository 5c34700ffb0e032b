package org.diplomacykg.fact;

/**
 * What an article says about an entity beyond naming it.
 *
 * @param entity      IRI
 * @param description how the article describes it ("basketball player"), or {@code null}
 * @param country     IRI of the country the article ties it to, or {@code null}
 * @param postClaimed IRI of a post the article gives it, or {@code null}
 */
public record EntityFact(String entity, String description, String country, String postClaimed) {}
