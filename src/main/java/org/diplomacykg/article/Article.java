package org.diplomacykg.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.diplomacykg.internal.Hashes;

/**
 * One news article: its text and what is known about it. Immutable; build with {@link #builder(String)} or
 * read from files with {@link #read(Path)}.
 *
 * @param id        stable identifier: given, or derived from the source URL, or from the text
 * @param title     headline, or {@code null}
 * @param text      the text, NFC-normalised with LF line ends; all offsets refer to this string
 * @param published publication date, or {@code null}; relative dates ("on Friday") resolve against it
 * @param source    the article's URL, or {@code null}
 * @param origin    where it was read from (a file name), for messages
 * @param titleLine whether the first line of {@code text} is the headline
 */
public record Article(String id, String title, String text, LocalDate published, String source, String origin,
                      boolean titleLine) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            throw new ArticleException(origin, "article id '" + id + "' must be 1-128 letters, digits, '.', '_' or '-'");
        }
        if (text.isBlank()) {
            throw new ArticleException(origin, "empty article (no text)");
        }
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Optional<String> sourceUrl() {
        return Optional.ofNullable(source);
    }

    public Optional<String> headline() {
        return Optional.ofNullable(title);
    }

    /** Reads every article in a file (one for text and HTML, many for JSON Lines) or in a folder. */
    public static List<Article> read(Path path) {
        return ArticleReader.read(path, Overrides.NONE);
    }

    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** Builds an {@link Article}; the id is derived when not given. */
    public static final class Builder {
        private final String text;
        private String id;
        private String title;
        private LocalDate published;
        private String source;
        private String origin = "<text>";
        private boolean titleLine;

        private Builder(String text) {
            this.text = TextNormalizer.normalize(Objects.requireNonNull(text, "text"));
        }

        public Builder id(String id) { this.id = id; return this; }
        public Builder title(String title) { this.title = title; return this; }
        public Builder published(LocalDate published) { this.published = published; return this; }
        public Builder source(String source) { this.source = source; return this; }
        public Builder origin(String origin) { this.origin = origin; return this; }
        /** Declares that the first line of the text is the headline (and takes it as the title if none is set). */
        public Builder titleLine(boolean titleLine) { this.titleLine = titleLine; return this; }

        public Article build() {
            String t = title;
            if (titleLine && t == null) {
                int nl = text.indexOf('\n');
                t = (nl < 0 ? text : text.substring(0, nl)).strip();
            }
            String theId = id != null ? id
                : source != null ? Hashes.sha256Hex(source, 16)
                : Hashes.sha256Hex(text, 16);
            return new Article(theId, t, text, published, source, origin, titleLine);
        }
    }
}
