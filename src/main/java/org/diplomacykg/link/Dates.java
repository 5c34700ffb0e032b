package org.diplomacykg.link;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as datasets write them: xsd:date, xsd:dateTime, xsd:gYearMonth, xsd:gYear (first day assumed). */
final class Dates {
    private static final Pattern DATE = Pattern.compile("^([+-]?\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private Dates() {}

    static Optional<LocalDate> parse(String lexical) {
        Matcher m = DATE.matcher(lexical.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = m.group(2) == null ? 1 : Math.max(1, Integer.parseInt(m.group(2)));
            int d = m.group(3) == null ? 1 : Math.max(1, Integer.parseInt(m.group(3)));
            return Optional.of(LocalDate.of(y, mo, d));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
