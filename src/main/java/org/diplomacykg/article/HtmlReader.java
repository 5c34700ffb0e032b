package org.diplomacykg.article;

import java.time.LocalDate;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page to an article: the main text (headline, headings, paragraphs, list items; no scripts,
 * navigation or boilerplate), the title and the publication date from the page's metadata.
 */
final class HtmlReader {
    private static final String BOILERPLATE =
        "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, "
            + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + "[class*=cookie], [id*=cookie], [class*=newsletter], [class*=share], [class*=related], [class*=advert]";

    private HtmlReader() {}

    static Article.Builder read(String origin, String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(
            doc.select("meta[property=og:title]").attr("content"),
            firstText(doc.selectFirst("article h1, main h1")),
            firstText(doc.selectFirst("h1")),
            doc.title());
        LocalDate published = publishedDate(origin, doc);

        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        root = root.clone();
        root.select(BOILERPLATE).remove();

        StringBuilder text = new StringBuilder();
        boolean headlineFirst = false;
        if (title != null && !title.isBlank()) {
            text.append(title.strip()).append('\n');
            headlineFirst = true;
        }
        for (Element e : root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote")) {
            if (e.tagName().equals("h1") && title != null && e.text().strip().equals(title.strip())) {
                continue;
            }
            if (e.tagName().equals("blockquote") && !e.select("p, li").isEmpty()) {
                continue; // a container: its own p/li children are visited
            }
            if (e.parents().stream().anyMatch(x -> x.tagName().equals("li")) && !e.tagName().equals("li")) {
                continue; // inside a list item already read
            }
            String t = e.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (e.tagName().equals("li")) {
                text.append("- ");
            }
            text.append(t).append('\n');
        }
        if (text.toString().isBlank()) {
            throw new ArticleException(origin, "HTML page has no article text");
        }
        Article.Builder b = Article.builder(text.toString()).titleLine(headlineFirst);
        if (title != null && !title.isBlank()) {
            b.title(title.strip());
        }
        if (published != null) {
            b.published(published);
        }
        String canonical = doc.select("link[rel=canonical]").attr("href");
        if (!canonical.isBlank()) {
            b.source(canonical);
        }
        return b;
    }

    private static LocalDate publishedDate(String origin, Document doc) {
        String meta = firstNonBlank(
            doc.select("meta[property=article:published_time]").attr("content"),
            doc.select("meta[name=article:published_time]").attr("content"),
            doc.select("meta[itemprop=datePublished]").attr("content"),
            jsonLdDatePublished(doc),
            doc.select("time[datetime]").attr("datetime"));
        if (meta == null) {
            return null;
        }
        return Sidecar.parseDate(origin, "published date in the page", meta.length() > 10 && meta.charAt(10) == 'T'
            ? meta : meta.substring(0, Math.min(10, meta.length())));
    }

    private static String jsonLdDatePublished(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonValue v = JSON.parseAny(s.data());
                String d = findDatePublished(v);
                if (d != null) {
                    return d;
                }
            } catch (RuntimeException e) {
                // Broken JSON-LD on a page is common; the other metadata sources still apply.
            }
        }
        return null;
    }

    private static String findDatePublished(JsonValue v) {
        if (v.isObject()) {
            JsonObject o = v.getAsObject();
            JsonValue d = o.get("datePublished");
            if (d != null && d.isString()) {
                return d.getAsString().value();
            }
            for (String k : o.keys()) {
                String r = findDatePublished(o.get(k));
                if (r != null) {
                    return r;
                }
            }
        } else if (v.isArray()) {
            for (JsonValue e : v.getAsArray()) {
                String r = findDatePublished(e);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static String firstText(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
