package org.diplomacykg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.article.Article;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.store.Store;

/** The test material of {@code src/test/resources/linking/}, shared by the linking, export and CLI tests. */
public final class LinkingFixtures {
    /** The seed article. */
    public static final Path SEED = Path.of("seeds/000_3f1b89652e64c667.txt");

    private LinkingFixtures() {}

    /** A file of {@code src/test/resources/linking/}. */
    public static Path resource(String name) {
        try {
            return Path.of(LinkingFixtures.class.getResource("/linking/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the test articles ({@code linking/articles/}) into {@code folder}, which is created. */
    public static Path writeArticles(Path folder) {
        try {
            Files.createDirectories(folder);
            try (var files = Files.list(resource("articles"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, folder.resolve(f.getFileName()));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ingests the seed and the test articles (written into {@code folder}) into {@code store}. */
    public static Store ingest(Store store, Path folder, Extractor extractor) {
        List<Article> articles = new ArrayList<>(Article.read(SEED));
        articles.addAll(Article.read(writeArticles(folder)));
        DiplomacyGraph.open(store, extractor).ingest(articles);
        return store;
    }
}
