package org.diplomacykg.link;

import org.diplomacykg.DkgException;

/** An external dataset that cannot be read or reached, or a bad linkset name; the message names which. */
public class LinkException extends DkgException {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
