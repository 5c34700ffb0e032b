/** Measuring the extractor against hand-made gold events: precision, recall, date and linking accuracy. */
package org.diplomacykg.eval;
