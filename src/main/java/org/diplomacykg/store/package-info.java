/** Where the graph lives: a TDB2 database in a folder, or in memory; each article in its own named graph. */
package org.diplomacykg.store;
