/**
 * Where the graph lives: a TDB2 database in a folder, in memory, or behind a SPARQL endpoint
 * ({@link org.diplomacykg.store.RemoteStore}); each article in its own named graph.
 */
package org.diplomacykg.store;
