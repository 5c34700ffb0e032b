/** Immutable value types of what the extractor finds: entities, events, times, quotes, assessments, forecasts. */
package org.diplomacykg.fact;
