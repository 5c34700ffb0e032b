package org.diplomacykg.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.Overrides;
import org.diplomacykg.article.Sidecar;
import picocli.CommandLine.Option;

/** Metadata options for articles read from files. */
final class ArticleOptions {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
        description = "Publication date (overrides the sidecar); relative dates resolve against it.")
    String published;

    @Option(names = "--source", paramLabel = "URL", description = "The article's URL (overrides the sidecar).")
    String source;

    /** Reads every file or folder; throws naming the first bad input. */
    List<Article> read(List<Path> paths) {
        LocalDate date = published == null ? null : Sidecar.parseDate("--published", "--published", published);
        Overrides o = new Overrides(date, source);
        List<Article> all = new ArrayList<>();
        for (Path p : paths) {
            all.addAll(ArticleReader.read(p, o));
        }
        return all;
    }
}
