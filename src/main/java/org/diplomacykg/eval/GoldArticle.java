package org.diplomacykg.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.DkgException;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.Overrides;
import org.diplomacykg.article.Sidecar;

/**
 * An article with its gold events and gold entities, read from a gold folder: {@code NNN-slug.txt|.html},
 * {@code NNN-slug.meta} (with {@code split: dev|heldout}), {@code NNN-slug.gold.tsv},
 * {@code NNN-slug.entities.tsv}.
 *
 * @param name     the file stem
 * @param article  the article
 * @param split    "dev" or "heldout"
 * @param events   gold events
 * @param entities gold entities: label, type, QID
 */
public record GoldArticle(String name, Article article, String split, List<GoldEvent> events,
                          List<GoldEntity> entities) {

    /**
     * A gold entity.
     *
     * @param label    its name
     * @param type     its kind (Country, Person, …)
     * @param wikidata its QID, or empty
     */
    public record GoldEntity(String label, String type, String wikidata) {}

    /** Every gold article of a folder, by name. */
    public static List<GoldArticle> readFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DkgException(dir + ": not a folder of gold files");
        }
        List<GoldArticle> out = new ArrayList<>();
        for (Path f : ArticleReader.articleFiles(dir)) {
            String file = f.getFileName().toString();
            String stem = file.substring(0, file.lastIndexOf('.'));
            Path gold = f.resolveSibling(stem + ".gold.tsv");
            if (!Files.exists(gold)) {
                continue;
            }
            Article a = ArticleReader.read(f, Overrides.NONE).get(0);
            String split = Sidecar.forArticle(f).get("split");
            Path ents = f.resolveSibling(stem + ".entities.tsv");
            out.add(new GoldArticle(stem, a, split == null ? "dev" : split, events(gold),
                Files.exists(ents) ? entities(ents) : List.of()));
        }
        if (out.isEmpty()) {
            throw new DkgException(dir + ": no article with a .gold.tsv file");
        }
        return out;
    }

    private static List<GoldEvent> events(Path file) {
        List<GoldEvent> out = new ArrayList<>();
        List<String[]> rows = rows(file, 9);
        for (String[] r : rows) {
            out.add(new GoldEvent(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[8]));
        }
        return out;
    }

    private static List<GoldEntity> entities(Path file) {
        List<GoldEntity> out = new ArrayList<>();
        for (String[] r : rows(file, 3)) {
            out.add(new GoldEntity(r[0], r[1], r[2]));
        }
        return out;
    }

    private static List<String[]> rows(Path file, int fields) {
        String text = ArticleReader.readText(file);
        List<String[]> out = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            if (f.length != fields) {
                throw new DkgException(file + " line " + (i + 1) + ": expected " + fields + " tab-separated fields, got "
                    + f.length);
            }
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].strip();
            }
            out.add(f);
        }
        return out;
    }
}
