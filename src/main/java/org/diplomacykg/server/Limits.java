package org.diplomacykg.server;

import java.time.Duration;
import java.util.Objects;

/**
 * The resource limits of a {@link DkgServer}: how long a query may run, how large a request body may be and how
 * many rows an anonymous query may return.
 *
 * @param queryTimeout    a query running longer is cancelled and answered with HTTP 503 (default 30 s)
 * @param maxRequestBytes a request body larger than this is refused with HTTP 413 (default 10 MiB); it applies to
 *                        query and update bodies, HTML forms, graph uploads and articles sent for ingestion
 * @param maxResultRows   queries without credentials get at most this many solutions: a query without a
 *                        {@code LIMIT}, or with a larger one, runs with {@code LIMIT maxResultRows} and its
 *                        response carries the header {@value #ROW_LIMIT_HEADER} (default 10,000; 0 turns the
 *                        cap off). Authenticated requests are not capped.
 */
public record Limits(Duration queryTimeout, long maxRequestBytes, long maxResultRows) {
    /** The response header naming the row limit applied to a query. */
    public static final String ROW_LIMIT_HEADER = "DKG-Row-Limit";

    /** 30 s, 10 MiB, 10,000 rows. */
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(30), 10L * 1024 * 1024, 10_000);

    public Limits {
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive, got " + queryTimeout);
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maximum request size must be positive, got " + maxRequestBytes);
        }
        if (maxResultRows < 0) {
            throw new IllegalArgumentException("maximum result rows must be 0 (no cap) or positive, got " + maxResultRows);
        }
    }

    /**
     * Parses a size such as {@code 10M}, {@code 512K}, {@code 1G}, {@code 10MiB} or {@code 1048576} (bytes; K, M
     * and G are powers of 1024).
     *
     * @throws IllegalArgumentException if it is not a positive size
     */
    public static long parseBytes(String s) {
        String t = s.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("I?B$", "");
        long unit = 1;
        if (t.endsWith("K")) {
            unit = 1024;
        } else if (t.endsWith("M")) {
            unit = 1024 * 1024;
        } else if (t.endsWith("G")) {
            unit = 1024L * 1024 * 1024;
        }
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1).strip();
        try {
            long n = Long.parseLong(digits);
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + s + "' is not a size (such as 10M, 512K or 1048576)");
        }
    }

    /** These limits with another query timeout. */
    public Limits withQueryTimeout(Duration timeout) {
        return new Limits(timeout, maxRequestBytes, maxResultRows);
    }

    /** These limits with another maximum request body size. */
    public Limits withMaxRequestBytes(long bytes) {
        return new Limits(queryTimeout, bytes, maxResultRows);
    }

    /** These limits with another cap on anonymous results (0: none). */
    public Limits withMaxResultRows(long rows) {
        return new Limits(queryTimeout, maxRequestBytes, rows);
    }
}
