package org.diplomacykg.internal;

import java.text.Normalizer;
import java.util.Locale;

/** IRI-safe slugs from names: "Brittney Griner" → "brittney-griner", "Erdoğan" → "erdogan". */
public final class Slugs {
    private Slugs() {}

    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" + Hashes.sha256Hex(name, 8) : s;
    }
}
