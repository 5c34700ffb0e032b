package org.diplomacykg.article;

import java.text.Normalizer;

/** One canonical form for article text, so that offsets and hashes do not depend on how a file was saved. */
final class TextNormalizer {
    private TextNormalizer() {}

    static String normalize(String raw) {
        String s = raw;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        // Trailing whitespace carries no meaning and differs between editors.
        return s.stripTrailing();
    }
}
