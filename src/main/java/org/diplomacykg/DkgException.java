package org.diplomacykg;

/**
 * Root of the library's unchecked exceptions. Messages name the input and the problem, so that a
 * command-line user can act on one line.
 */
public class DkgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DkgException(String message) {
        super(message);
    }

    public DkgException(String message, Throwable cause) {
        super(message, cause);
    }
}
