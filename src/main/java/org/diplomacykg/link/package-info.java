/**
 * Linking this graph's entities to external datasets: {@link org.diplomacykg.link.Linker} matches the
 * people, organisations, countries, cities and treaties of a store against an {@link
 * org.diplomacykg.link.ExternalSource} (a Wikidata- or DBpedia-shaped RDF file, or a SPARQL endpoint) and
 * writes the links with their confidence and evidence into the linkset graph
 * {@code https://w3id.org/diplomacy-kg/graph/links/NAME} (vocabulary: {@link org.diplomacykg.link.LINK}).
 * The data it reads is data too: spelling variants ({@code name-variants.tsv}), classes and the kinds they fit
 * ({@code types.tsv}), and the properties it understands ({@code properties.tsv}), all beside these classes.
 */
package org.diplomacykg.link;
