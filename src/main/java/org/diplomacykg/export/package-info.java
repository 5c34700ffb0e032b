/**
 * Tables and dumps for other tools: the event table and the entity table (CSV/TSV/JSON), whole-store exports
 * with compacted JSON-LD ({@link org.diplomacykg.export.CompactJsonLd}), and the VoID/DCAT description of a
 * store ({@link org.diplomacykg.export.DatasetDescription}).
 */
package org.diplomacykg.export;
