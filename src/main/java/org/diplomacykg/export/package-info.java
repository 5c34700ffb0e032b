/** Tables and dumps for other tools: the event table (CSV/TSV/JSON), SPARQL results, whole-store exports. */
package org.diplomacykg.export;
