/** Article text to blocks, sentences and part-of-speech-tagged tokens, all with offsets into the text. */
package org.diplomacykg.text;
