package org.diplomacykg.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanOp;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Runs queries on a {@link RemoteStore}'s dataset view where the data is: the whole query goes to the server and
 * its solutions come back, so that code written against a local {@code Dataset} ({@code QueryExecution.dataset(ds)})
 * works unchanged on a remote store. SELECT is sent as it is; ASK and CONSTRUCT are sent as the SELECT of their
 * WHERE clause (ASK with LIMIT 1, CONSTRUCT projecting the template's variables) and finished locally.
 * DESCRIBE finds its resources on the server but describes them locally from the (empty) default graph: use
 * {@link Store#query} for DESCRIBE. Registered once, ahead of Jena's own engines, and only accepts the remote
 * view.
 */
final class RemoteQueryEngine implements QueryEngineFactory {
    private static final RemoteQueryEngine INSTANCE = new RemoteQueryEngine();

    private RemoteQueryEngine() {}

    static synchronized void register() {
        if (!QueryEngineRegistry.containsFactory(INSTANCE)) {
            QueryEngineRegistry.addFactory(INSTANCE);
        }
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return dataset instanceof RemoteDatasetGraph;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
        RemoteStore store = ((RemoteDatasetGraph) dataset).store();
        Query q = query.cloneQuery();
        if (input != null && !input.isEmpty()) {
            Map<Var, Node> values = new HashMap<>();
            input.forEach(values::put);
            q = QueryTransformOps.syntaxSubstitute(q, values);
        }
        if (q.isAskType()) {
            q.setQuerySelectType();
            q.setQueryResultStar(true);
            q.setLimit(1);
        } else if (q.isConstructType()) {
            var template = q.getConstructTemplate();
            q.setQuerySelectType();
            q.setQueryResultStar(false);
            var vars = new java.util.LinkedHashSet<Var>();
            template.getTriples().forEach(t -> {
                for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                    if (n instanceof Var v) {
                        vars.add(v);
                    }
                }
            });
            if (vars.isEmpty()) {
                q.setQueryResultStar(true);
            } else {
                vars.forEach(q::addResultVar);
            }
        } else if (q.isDescribeType()) {
            var described = q.getProjectVars();
            q.setQuerySelectType();
            q.setQueryResultStar(false);
            described.forEach(q::addResultVar);
            if (q.getQueryPattern() == null) {
                q.setQueryPattern(new org.apache.jena.sparql.syntax.ElementGroup());
            }
        }
        QueryExecution qe = store.connection().query(store.forServer(q));
        ResultSet rs = qe.execSelect();
        Iterator<Binding> bindings = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rs.hasNext();
            }

            @Override
            public Binding next() {
                if (!rs.hasNext()) {
                    throw new NoSuchElementException();
                }
                return rs.nextBinding();
            }
        };
        Op op = Algebra.compile(query);
        return new PlanOp(op, qe::close, QueryIterPlainWrapper.create(bindings));
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
        throw new UnsupportedOperationException("algebra execution on a remote store");
    }
}
