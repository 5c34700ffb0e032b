package org.diplomacykg.article;

import java.time.LocalDate;

/**
 * Metadata given on the command line; it wins over the sidecar file and the article's own metadata.
 *
 * @param published publication date, or {@code null}
 * @param source    source URL, or {@code null}
 */
public record Overrides(LocalDate published, String source) {
    public static final Overrides NONE = new Overrides(null, null);
}
