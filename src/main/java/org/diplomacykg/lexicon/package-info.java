/**
 * The extractor's knowledge, loaded from data files a user can read and extend: the gazetteer (countries,
 * cities, organisations, treaties, people and their posts) and the event patterns and word lists.
 */
package org.diplomacykg.lexicon;
