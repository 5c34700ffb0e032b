package org.diplomacykg;

import java.util.List;

/**
 * What an ingest wrote.
 *
 * @param articles one entry per article, in input order
 */
public record IngestReport(List<Article> articles) {
    public IngestReport {
        articles = List.copyOf(articles);
    }

    /**
     * One article written.
     *
     * @param id     the article's id
     * @param graph  IRI of its named graph
     * @param origin where it was read from
     * @param quads  quads in its graph
     * @param events event mentions extracted
     */
    public record Article(String id, String graph, String origin, long quads, int events) {}

    public int events() {
        return articles.stream().mapToInt(Article::events).sum();
    }
}
