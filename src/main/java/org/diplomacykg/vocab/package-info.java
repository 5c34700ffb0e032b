/** Vocabulary constants, one class per namespace, named exactly as in the ontology files. */
package org.diplomacykg.vocab;
