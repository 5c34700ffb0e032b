package org.diplomacykg.article;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** A JSON Lines corpus: one article per line, fields {@code id, url, title, published, text}. */
final class JsonLinesReader {
    private JsonLinesReader() {}

    static List<Article> read(String origin, String content, Overrides overrides) {
        List<Article> articles = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = origin + " line " + (i + 1);
            JsonObject o;
            try {
                JsonValue v = JSON.parseAny(line);
                if (!v.isObject()) {
                    throw new ArticleException(where, "expected a JSON object");
                }
                o = v.getAsObject();
            } catch (ArticleException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ArticleException(where, "invalid JSON: " + e.getMessage());
            }
            String text = string(o, "text", where);
            if (text == null || text.isBlank()) {
                throw new ArticleException(where, "missing or empty 'text'");
            }
            Article.Builder b = Article.builder(text).origin(where);
            String title = string(o, "title", where);
            if (title != null) {
                b.title(title);
            }
            String id = string(o, "id", where);
            if (id != null) {
                b.id(id);
            }
            String url = overrides.source() != null ? overrides.source() : string(o, "url", where);
            if (url != null) {
                b.source(url);
            }
            String published = string(o, "published", where);
            if (overrides.published() != null) {
                b.published(overrides.published());
            } else if (published != null) {
                b.published(Sidecar.parseDate(where, "published", published));
            }
            articles.add(b.build());
        }
        if (articles.isEmpty()) {
            throw new ArticleException(origin, "no articles in JSON Lines file");
        }
        return articles;
    }

    private static String string(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().toString();
        }
        throw new ArticleException(where, "'" + key + "' must be a string");
    }
}
