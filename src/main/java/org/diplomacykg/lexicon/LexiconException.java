package org.diplomacykg.lexicon;

import org.diplomacykg.DkgException;

/** A lexicon file that cannot be loaded; the message names the file and the problem. */
public class LexiconException extends DkgException {
    private static final long serialVersionUID = 1L;

    public LexiconException(String message) {
        super(message);
    }

    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
