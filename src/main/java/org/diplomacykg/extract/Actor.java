package org.diplomacykg.extract;

/**
 * An actor an argument resolves to, with how it was found.
 *
 * @param iri      the actor's IRI
 * @param evidence how direct the evidence is, in [0,1]: a name is 1, a country read off "Russian
 *                 authorities" less, the article's main pair of countries least
 */
record Actor(String iri, double evidence) {}
