/** Articles as they arrive: plain text, HTML or JSON Lines, with an optional metadata sidecar. */
package org.diplomacykg.article;
