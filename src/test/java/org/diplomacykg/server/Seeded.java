package org.diplomacykg.server;

import java.nio.file.Path;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.article.Article;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.store.Store;

/** Stores holding the seed article, for the server tests; the extractor is made once per test JVM. */
final class Seeded {
    static final Path SEED = Path.of("seeds/000_3f1b89652e64c667.txt");
    private static Extractor extractor;

    private Seeded() {}

    static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractor.create();
        }
        return extractor;
    }

    /** A new in-memory store with the seed ingested. */
    static Store store() {
        return into(Store.memory());
    }

    /** Ingests the seed into {@code store} and returns it. */
    static Store into(Store store) {
        DiplomacyGraph.open(store, extractor()).ingest(Article.read(SEED));
        return store;
    }
}
