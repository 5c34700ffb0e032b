/** Extraction results to RDF: one named graph per article, with NIF text spans and PROV provenance. */
package org.diplomacykg.rdf;
