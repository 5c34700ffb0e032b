package org.diplomacykg.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.diplomacykg.fact.EventFact;

/**
 * Scores of an evaluation: per article, per CAMEO root, for the whole corpus and for each split.
 *
 * @param articles one score per article
 */
public record Report(List<ArticleScore> articles) {

    /**
     * A gold event matched by an extracted one.
     *
     * @param gold          the gold event
     * @param predicted     the extracted event
     * @param predictedDate its ISO date, or empty
     */
    public record Match(GoldEvent gold, EventFact predicted, String predictedDate) {
        public boolean dateCorrect() {
            return gold.date().equals(predictedDate);
        }
    }

    /**
     * One article's score.
     *
     * @param name       file stem
     * @param split      dev, heldout, or another split named in the article's .meta (e.g. fresh)
     * @param gold       gold events (mirrored pairs collapsed)
     * @param matches    true positives
     * @param missed     false negatives
     * @param spurious   false positives
     * @param goldLinks  gold entities with a QID
     * @param linked     of those, found with the same QID
     * @param wrongLinks entities found with another QID than the gold one
     * @param labels     labels of the extracted entities, for printing
     */
    public record ArticleScore(String name, String split, List<GoldEvent> gold, List<Match> matches,
                               List<GoldEvent> missed, List<EventFact> spurious, int goldLinks, int linked,
                               List<String> wrongLinks, Map<String, String> labels) {}

    /**
     * Counts and the rates derived from them.
     *
     * @param tp true positives
     * @param fp false positives
     * @param fn false negatives
     */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    public Counts counts(Predicate<ArticleScore> which) {
        Counts c = new Counts(0, 0, 0);
        for (ArticleScore a : articles) {
            if (which.test(a)) {
                c = c.plus(new Counts(a.matches().size(), a.spurious().size(), a.missed().size()));
            }
        }
        return c;
    }

    public Counts total() {
        return counts(a -> true);
    }

    public Counts split(String split) {
        return counts(a -> a.split().equals(split));
    }

    /** Counts per CAMEO root (gold root for misses and matches, extracted root for spurious events). */
    public Map<String, Counts> byRoot(Predicate<ArticleScore> which) {
        Map<String, Counts> m = new TreeMap<>();
        for (ArticleScore a : articles) {
            if (!which.test(a)) {
                continue;
            }
            a.matches().forEach(x -> m.merge(x.gold().root(), new Counts(1, 0, 0), Counts::plus));
            a.missed().forEach(x -> m.merge(x.root(), new Counts(0, 0, 1), Counts::plus));
            a.spurious().forEach(x -> m.merge(x.root(), new Counts(0, 1, 0), Counts::plus));
        }
        return m;
    }

    /** Share of matched events with a gold date whose extracted date is the same. */
    public double dateAccuracy(Predicate<ArticleScore> which) {
        int n = 0;
        int ok = 0;
        for (ArticleScore a : articles) {
            if (which.test(a)) {
                for (Match m : a.matches()) {
                    if (!m.gold().date().isEmpty()) {
                        n++;
                        ok += m.dateCorrect() ? 1 : 0;
                    }
                }
            }
        }
        return n == 0 ? 1 : (double) ok / n;
    }

    /** Share of gold entities with a QID that the extractor found with that QID. */
    public double linkingAccuracy(Predicate<ArticleScore> which) {
        int n = 0;
        int ok = 0;
        for (ArticleScore a : articles) {
            if (which.test(a)) {
                n += a.goldLinks();
                ok += a.linked();
            }
        }
        return n == 0 ? 1 : (double) ok / n;
    }

    /** A readable report; with {@code details}, every miss and spurious event. */
    public void print(PrintWriter out, boolean details) {
        out.printf("%-40s %-8s %5s %5s %5s %6s %6s %6s %6s %6s%n", "article", "split", "gold", "tp", "fp", "P", "R", "F1",
            "date", "link");
        for (ArticleScore a : articles) {
            Counts c = new Counts(a.matches().size(), a.spurious().size(), a.missed().size());
            out.printf(Locale.ROOT, "%-40s %-8s %5d %5d %5d %6.2f %6.2f %6.2f %6.2f %6.2f%n", a.name(), a.split(),
                a.gold().size(), c.tp(), c.fp(), c.precision(), c.recall(), c.f1(),
                dateAccuracy(x -> x == a), linkingAccuracy(x -> x == a));
        }
        line(out, "ALL", a -> true);
        articles.stream().map(ArticleScore::split).distinct().sorted()
            .forEach(split -> line(out, split, a -> a.split().equals(split)));
        out.println();
        out.printf("%-6s %5s %5s %5s %6s %6s%n", "root", "tp", "fp", "fn", "P", "R");
        byRoot(a -> true).forEach((root, c) -> out.printf(Locale.ROOT, "%-6s %5d %5d %5d %6.2f %6.2f%n", root, c.tp(),
            c.fp(), c.fn(), c.precision(), c.recall()));
        if (details) {
            for (ArticleScore a : articles) {
                out.println();
                out.println("== " + a.name());
                a.missed().forEach(g -> out.printf("  MISS %s %s -> %s %s | %s%n", g.cameo(), g.actor1(), g.actor2(),
                    g.date(), g.evidence()));
                a.spurious().forEach(e -> out.printf("  SPUR %s %s -> %s %s%n", e.cameo(), name(a, e.source()),
                    name(a, e.target()), e.date() == null ? "" : e.date().iso()));
                a.matches().stream().filter(m -> !m.gold().date().isEmpty() && !m.dateCorrect()).forEach(m ->
                    out.printf("  DATE %s %s: gold %s, got %s%n", m.gold().cameo(), m.gold().actor1(), m.gold().date(),
                        m.predictedDate()));
                a.wrongLinks().forEach(w -> out.println("  LINK " + w));
            }
        }
        out.flush();
    }

    private static String name(ArticleScore a, String iri) {
        return iri == null ? "-" : a.labels().getOrDefault(iri, iri.substring(iri.lastIndexOf('/') + 1));
    }

    private void line(PrintWriter out, String label, Predicate<ArticleScore> which) {
        Counts c = counts(which);
        int gold = articles.stream().filter(which).mapToInt(a -> a.gold().size()).sum();
        out.printf(Locale.ROOT, "%-40s %-8s %5d %5d %5d %6.2f %6.2f %6.2f %6.2f %6.2f%n", label, "", gold, c.tp(),
            c.fp(), c.precision(), c.recall(), c.f1(), dateAccuracy(which), linkingAccuracy(which));
    }
}
