package org.diplomacykg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.fact.TimeValue;

/**
 * Finds time expressions in a sentence and resolves them against the publication date: weekdays ("on
 * Friday" → the latest Friday not after publication), months without a year ("In November" → the latest
 * November not after publication), relative years ("last year", "the year before"), full dates and years.
 * What cannot be resolved is kept as text, never guessed. Stateless; the patterns compile once.
 */
final class TimeFinder {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
        + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NUMBER = "(two|three|four|five|six|seven|eight|nine|ten|\\d+)";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "(?:\\s+of)?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_ALONE = Pattern.compile("\\b(?:((?i:last|this|next|early|late|mid-?|in|since|by|until|during|from))\\s+)?" + MONTH + "(?![\\w])");
    private static final Pattern WEEKDAY_P = Pattern.compile("\\b(?:(last|this|next|on|late on|early on)\\s+)?" + WEEKDAY + "\\b");
    private static final Pattern WEEKDAY_ONLY = Pattern.compile("(?:(?:last|this|next|on|late on|early on)\\s+)?" + WEEKDAY);
    private static final Pattern YEAR_P = Pattern.compile("(?<![\\d$€£.,-])\\b(1[89]\\d{2}|20\\d{2})\\b(?![\\d%]|-\\d|\\s*(?:million|billion|troops|soldiers|people))");
    private static final Pattern RELATIVE = Pattern.compile("\\b(today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening|earlier today|this week|last week|next week|this month|last month|next month|this year|last year|next year|the year before|a year earlier|a year before|the previous year|the day before|earlier this month|earlier this year|later this year|earlier this week|last weekend|this weekend)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERVAL = Pattern.compile("\\b(?:the|over the|in the)?\\s*(?:previous|past|last|coming|next)\\s+" + NUMBER + "\\s+(years|months|weeks|days|decades)\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
        Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
        Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
        Map.entry("nov", 11), Map.entry("dec", 12));

    /**
     * All time expressions in {@code text} (a sentence starting at char {@code offset} of the article), left
     * to right, without overlaps (the longest wins).
     */
    List<TimeExpression> find(String text, int offset, LocalDate published) {
        List<TimeExpression> found = new ArrayList<>();
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            int month = month(m.group(1));
            int day = Integer.parseInt(m.group(2));
            Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            add(found, offset, m, dayValue(year, month, day, published, m.group()));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = month(m.group(2));
            Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            add(found, offset, m, dayValue(year, month, day, published, m.group()));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, offset, m, value(TimeValue.month(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))),
                m.group()), published));
        }
        m = MONTH_ALONE.matcher(text);
        while (m.find()) {
            if (m.group(2).equals("May") && m.group(1) == null) {
                continue; // "May" alone is more often the modal verb (or Theresa May) than the month
            }
            String lead = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT); // "In May, …" opens a sentence
            add(found, offset, m, monthAlone(lead, month(m.group(2)), published, m.group()));
        }
        m = WEEKDAY_P.matcher(text);
        while (m.find()) {
            add(found, offset, m, weekday(m.group(1), DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
                published, m.group()));
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            add(found, offset, m, relative(m.group(1).toLowerCase(Locale.ROOT), published, m.group()));
        }
        m = INTERVAL.matcher(text);
        while (m.find()) {
            add(found, offset, m, new TimeExpression(0, 0, TimeValue.unresolved(m.group().strip()), false));
        }
        m = YEAR_P.matcher(text);
        while (m.find()) {
            add(found, offset, m, value(TimeValue.year(Integer.parseInt(m.group(1)), m.group()), published));
        }
        found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        // "on Monday, July 20": the date the weekday introduces says which Monday
        for (int i = found.size() - 2; i >= 0; i--) {
            TimeExpression day = found.get(i);
            TimeExpression date = found.get(i + 1);
            String between = text.substring(Math.min(text.length(), Math.max(0, day.end() - offset)),
                Math.min(text.length(), Math.max(0, date.begin() - offset)));
            if (WEEKDAY_ONLY.matcher(text.substring(day.begin() - offset, day.end() - offset)).matches()
                && between.strip().equals(",") && date.value().precision() == TimeValue.Precision.DAY) {
                found.set(i + 1, new TimeExpression(day.begin(), date.end(), date.value(), date.future()));
                found.remove(i);
            }
        }
        return found;
    }

    private static void add(List<TimeExpression> found, int offset, Matcher m, TimeExpression v) {
        if (v == null) {
            return;
        }
        int b = offset + m.start();
        int e = offset + m.end();
        // Leading prepositions are part of the match only to read "last"/"next"; the span is the time words.
        String g = m.group();
        int lead = g.length() - g.stripLeading().length();
        b += lead;
        for (TimeExpression t : found) {
            if (b < t.end() && t.begin() < e) {
                return; // overlaps a longer expression found earlier
            }
        }
        found.add(new TimeExpression(b, e, v.value(), v.future()));
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static TimeExpression value(TimeValue v, LocalDate published) {
        boolean future = published != null && v.firstDay().map(d -> d.isAfter(published)).orElse(false);
        return new TimeExpression(0, 0, v, future);
    }

    private static TimeExpression dayValue(Integer year, int month, int day, LocalDate published, String text) {
        if (day < 1 || day > 31) {
            return null;
        }
        try {
            if (year != null) {
                return value(TimeValue.day(LocalDate.of(year, month, day), text), published);
            }
            if (published == null) {
                return new TimeExpression(0, 0, TimeValue.unresolved(text), false);
            }
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            // News reports mostly look back: a date later than publication by over a month is last year's.
            if (d.isAfter(published.plusDays(31))) {
                d = d.minusYears(1);
            }
            return value(TimeValue.day(d, text), published);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static TimeExpression monthAlone(String modifier, int month, LocalDate published, String text) {
        String words = text.strip();
        if (published == null) {
            return new TimeExpression(0, 0, TimeValue.unresolved(words), false);
        }
        YearMonth pub = YearMonth.from(published);
        YearMonth latest = YearMonth.of(pub.getYear(), month);
        if (latest.isAfter(pub)) {
            latest = latest.minusYears(1);
        }
        if ("next".equals(modifier)) {
            YearMonth next = YearMonth.of(pub.getYear(), month);
            if (!next.isAfter(pub)) {
                next = next.plusYears(1);
            }
            return new TimeExpression(0, 0, TimeValue.month(next, words), true);
        }
        if ("last".equals(modifier) && latest.equals(pub)) {
            latest = latest.minusYears(1);
        }
        return new TimeExpression(0, 0, TimeValue.month(latest, words), false);
    }

    private static TimeExpression weekday(String modifier, DayOfWeek dow, LocalDate published, String text) {
        String words = text.strip();
        if (published == null) {
            return new TimeExpression(0, 0, TimeValue.unresolved(words), false);
        }
        if ("next".equals(modifier)) {
            LocalDate d = published.plusDays(1);
            while (d.getDayOfWeek() != dow) {
                d = d.plusDays(1);
            }
            return new TimeExpression(0, 0, TimeValue.day(d, words), true);
        }
        LocalDate d = published;
        if ("last".equals(modifier)) {
            d = d.minusDays(1);
        }
        while (d.getDayOfWeek() != dow) {
            d = d.minusDays(1);
        }
        return new TimeExpression(0, 0, TimeValue.day(d, words), false);
    }

    private static TimeExpression relative(String phrase, LocalDate published, String text) {
        if (published == null) {
            return new TimeExpression(0, 0, TimeValue.unresolved(text), false);
        }
        int y = published.getYear();
        YearMonth pm = YearMonth.from(published);
        return switch (phrase) {
            case "today", "tonight", "this morning", "this afternoon", "this evening", "earlier today" ->
                new TimeExpression(0, 0, TimeValue.day(published, text), false);
            case "yesterday", "last night" -> new TimeExpression(0, 0, TimeValue.day(published.minusDays(1), text), false);
            case "the day before" -> new TimeExpression(0, 0, TimeValue.unresolved(text), false);
            case "tomorrow" -> new TimeExpression(0, 0, TimeValue.day(published.plusDays(1), text), true);
            case "this month", "earlier this month" -> new TimeExpression(0, 0, TimeValue.month(pm, text), false);
            case "last month" -> new TimeExpression(0, 0, TimeValue.month(pm.minusMonths(1), text), false);
            case "next month" -> new TimeExpression(0, 0, TimeValue.month(pm.plusMonths(1), text), true);
            case "this year", "earlier this year" -> new TimeExpression(0, 0, TimeValue.year(y, text), false);
            case "later this year" -> new TimeExpression(0, 0, TimeValue.year(y, text), true);
            case "last year", "the year before", "a year earlier", "a year before", "the previous year" ->
                new TimeExpression(0, 0, TimeValue.year(y - 1, text), false);
            case "next year" -> new TimeExpression(0, 0, TimeValue.year(y + 1, text), true);
            // a week has no precision of its own: it resolves to its month when it lies within one
            case "last week" -> weekIn(monday(published).minusWeeks(1), monday(published).minusDays(1), text, false);
            case "this week", "earlier this week" -> weekIn(monday(published), published, text, false);
            case "next week" -> weekIn(monday(published).plusWeeks(1), monday(published).plusDays(13), text, true);
            case "last weekend" -> weekIn(monday(published).minusDays(2), monday(published).minusDays(1), text, false);
            default -> new TimeExpression(0, 0, TimeValue.unresolved(text), false);
        };
    }

    private static LocalDate monday(LocalDate d) {
        return d.minusDays(d.getDayOfWeek().getValue() - 1L);
    }

    private static TimeExpression weekIn(LocalDate first, LocalDate last, String text, boolean future) {
        YearMonth m = YearMonth.from(first);
        return new TimeExpression(0, 0, m.equals(YearMonth.from(last)) ? TimeValue.month(m, text)
            : TimeValue.unresolved(text), future);
    }
}
