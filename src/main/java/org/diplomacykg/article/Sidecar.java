package org.diplomacykg.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The metadata sidecar next to an article: {@code NAME.meta} beside {@code NAME.txt}, one {@code key: value}
 * per line, {@code #} starts a comment. Keys read: {@code id}, {@code title}, {@code published}
 * (YYYY-MM-DD or an ISO date-time), {@code source}; other keys are kept for tools and ignored here.
 */
public final class Sidecar {
    private final String origin;
    private final Map<String, String> values;

    private Sidecar(String origin, Map<String, String> values) {
        this.origin = origin;
        this.values = values;
    }

    /** The sidecar of an article file, or an empty one when the file has none. */
    public static Sidecar forArticle(Path article) {
        String name = article.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path meta = article.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".meta");
        if (!Files.isRegularFile(meta)) {
            return new Sidecar(meta.toString(), Map.of());
        }
        return parse(meta.toString(), ArticleReader.readText(meta));
    }

    static Sidecar parse(String origin, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ArticleException(origin, "line " + (i + 1) + ": expected 'key: value', got '" + line + "'");
            }
            values.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        return new Sidecar(origin, values);
    }

    public String get(String key) {
        return values.get(key);
    }

    void applyTo(Article.Builder b) {
        if (values.containsKey("id")) {
            b.id(values.get("id"));
        }
        if (values.containsKey("title")) {
            b.title(values.get("title"));
        }
        if (values.containsKey("source")) {
            b.source(values.get("source"));
        }
        if (values.containsKey("published")) {
            b.published(parseDate(origin, "published", values.get("published")));
        }
    }

    /** Parses {@code YYYY-MM-DD} or an ISO-8601 date-time (its local date is taken). */
    public static LocalDate parseDate(String origin, String key, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDateTime.parse(value).toLocalDate(); // a date-time without an offset
                } catch (DateTimeParseException e3) {
                    throw new ArticleException(origin, key + ": '" + value + "' is not a date (expected YYYY-MM-DD)");
                }
            }
        }
    }
}
