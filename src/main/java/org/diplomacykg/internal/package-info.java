/** Helpers with no API promise: they may change in any release. */
package org.diplomacykg.internal;
