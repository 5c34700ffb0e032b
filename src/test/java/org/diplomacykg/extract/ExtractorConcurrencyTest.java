package org.diplomacykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.junit.jupiter.api.Test;

/** One extractor shared by several threads gives every article the same result as a single thread does. */
class ExtractorConcurrencyTest {

    @Test
    void sharedExtractorIsThreadSafe() throws Exception {
        Extractor extractor = Extractor.create();
        List<Article> articles = new ArrayList<>();
        for (Path p : ArticleReader.articleFiles(Path.of("src/test/resources/articles"))) {
            articles.addAll(Article.read(p));
        }
        articles.addAll(Article.read(Path.of("seeds/000_3f1b89652e64c667.txt")));
        List<String> sequential = new ArrayList<>();
        for (Article a : articles) {
            sequential.add(extractor.extract(a).events().toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Article a : articles) {
                    futures.add(pool.submit(() -> extractor.extract(a).events().toString()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % articles.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
