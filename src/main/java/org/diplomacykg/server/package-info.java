/** The SPARQL server: embedded Fuseki over the store, read-only unless configured otherwise. */
package org.diplomacykg.server;
