package org.diplomacykg.article;

import org.diplomacykg.DkgException;

/** An article that cannot be read; the message names the input and the problem. */
public class ArticleException extends DkgException {
    private static final long serialVersionUID = 1L;

    public ArticleException(String input, String problem) {
        super(input + ": " + problem);
    }

    public ArticleException(String input, String problem, Throwable cause) {
        super(input + ": " + problem, cause);
    }
}
