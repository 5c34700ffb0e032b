package org.diplomacykg.extract;

import org.diplomacykg.fact.TimeValue;

/**
 * A time expression found in a sentence.
 *
 * @param begin  first char in the article text
 * @param end    last char (exclusive)
 * @param value  its normalised value (possibly unresolved)
 * @param future whether it lies after the publication date
 */
record TimeExpression(int begin, int end, TimeValue value, boolean future) {}
