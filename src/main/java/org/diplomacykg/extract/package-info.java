/**
 * The extractor: sentences and tokens in, entities, CAMEO-coded events, quotes, assessments and forecasts
 * out, each tied to its sentence. {@link org.diplomacykg.extract.Extractor} is the entry point.
 */
package org.diplomacykg.extract;
