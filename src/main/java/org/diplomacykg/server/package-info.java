/**
 * The server: embedded Fuseki over a store with SPARQL Query, Update and the Graph Store Protocol, linked-data
 * pages for every IRI of the graph, a query page, and the limits, authentication, CORS and request log around
 * them. Read-only unless configured otherwise; see {@link org.diplomacykg.server.DkgServer}.
 */
package org.diplomacykg.server;
