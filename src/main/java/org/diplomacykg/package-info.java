/**
 * diplomacy-kg: news articles about international diplomacy in, a CAMEO-coded RDF knowledge graph out.
 * {@link org.diplomacykg.DiplomacyGraph} is the entry point.
 */
package org.diplomacykg;
