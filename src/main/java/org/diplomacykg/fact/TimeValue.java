package org.diplomacykg.fact;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A point in time at the precision the text supports: a day, a month or a year, or text that could not be
 * resolved. ISO 8601 forms: {@code 2023-01-20}, {@code 2022-11}, {@code 2022}.
 *
 * @param iso       the ISO 8601 value, or {@code null} when unresolved
 * @param precision how precise {@code iso} is
 * @param text      the words of the article it was read from (may be empty for reference data)
 */
public record TimeValue(String iso, Precision precision, String text) {

    private static final Pattern DAY_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_ISO = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR_ISO = Pattern.compile("-?\\d{4}");

    /** How precise a time is. */
    public enum Precision { DAY, MONTH, YEAR, UNRESOLVED }

    public TimeValue {
        Objects.requireNonNull(precision, "precision");
        text = text == null ? "" : text;
        if (precision == Precision.UNRESOLVED) {
            if (iso != null) {
                throw new IllegalArgumentException("an unresolved time has no ISO value: " + iso);
            }
        } else {
            Objects.requireNonNull(iso, "iso");
            boolean ok = switch (precision) {
                case DAY -> DAY_ISO.matcher(iso).matches();
                case MONTH -> MONTH_ISO.matcher(iso).matches();
                case YEAR -> YEAR_ISO.matcher(iso).matches();
                default -> false;
            };
            if (!ok) {
                throw new IllegalArgumentException("'" + iso + "' is not an ISO " + precision.name().toLowerCase());
            }
        }
    }

    public static TimeValue day(LocalDate d, String text) {
        return new TimeValue(d.toString(), Precision.DAY, text);
    }

    public static TimeValue month(YearMonth m, String text) {
        return new TimeValue(m.toString(), Precision.MONTH, text);
    }

    public static TimeValue year(int y, String text) {
        return new TimeValue(String.format("%04d", y), Precision.YEAR, text);
    }

    /** The text a date carries when no words of the sentence gave it: it is the day the article reports. */
    public static final String INFERRED_TEXT = "(the day the article reports)";

    /** The same date, taken for an act its sentence leaves undated (see {@link #isInferred()}). */
    public static TimeValue inferredFrom(TimeValue day) {
        return new TimeValue(day.iso(), day.precision(), INFERRED_TEXT);
    }

    /** Whether the date was not read from the sentence but taken from the day the article reports. */
    public boolean isInferred() {
        return INFERRED_TEXT.equals(text);
    }

    public static TimeValue unresolved(String text) {
        return new TimeValue(null, Precision.UNRESOLVED, text);
    }

    /** Parses an ISO day, month or year; anything else is unresolved text. */
    public static TimeValue parse(String iso) {
        if (DAY_ISO.matcher(iso).matches()) {
            return new TimeValue(iso, Precision.DAY, "");
        }
        if (MONTH_ISO.matcher(iso).matches()) {
            return new TimeValue(iso, Precision.MONTH, "");
        }
        if (YEAR_ISO.matcher(iso).matches()) {
            return new TimeValue(iso, Precision.YEAR, "");
        }
        return unresolved(iso);
    }

    public boolean isResolved() {
        return precision != Precision.UNRESOLVED;
    }

    public Optional<String> isoValue() {
        return Optional.ofNullable(iso);
    }

    /** The first day this value can denote, or empty when unresolved. */
    public Optional<LocalDate> firstDay() {
        return switch (precision) {
            case DAY -> Optional.of(LocalDate.parse(iso));
            case MONTH -> Optional.of(YearMonth.parse(iso).atDay(1));
            case YEAR -> Optional.of(LocalDate.of(Integer.parseInt(iso), 1, 1));
            default -> Optional.empty();
        };
    }

    /** The last day this value can denote, or empty when unresolved. */
    public Optional<LocalDate> lastDay() {
        return switch (precision) {
            case DAY -> Optional.of(LocalDate.parse(iso));
            case MONTH -> Optional.of(YearMonth.parse(iso).atEndOfMonth());
            case YEAR -> Optional.of(LocalDate.of(Integer.parseInt(iso), 12, 31));
            default -> Optional.empty();
        };
    }

    /** Whether the two can denote the same time: one contains the other (2022-11 and 2022-11-14). */
    public boolean compatibleWith(TimeValue other) {
        if (!isResolved() || !other.isResolved()) {
            return true;
        }
        return iso.startsWith(other.iso) || other.iso.startsWith(iso);
    }
}
