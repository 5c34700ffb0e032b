package org.diplomacykg.store;

import org.diplomacykg.DkgException;

/** A store that cannot be opened, read or written; the message names the store and the problem. */
public class StoreException extends DkgException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
