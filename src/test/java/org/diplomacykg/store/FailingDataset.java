package org.diplomacykg.store;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/** A dataset whose quads cannot all be read: iterating them throws after {@code n} quads, as a failing disk would. */
public final class FailingDataset {
    public static final String MESSAGE = "simulated read failure";

    private FailingDataset() {}

    public static Dataset after(Dataset d, int n) {
        return DatasetFactory.wrap(new DatasetGraphWrapper(d.asDatasetGraph()) {
            @Override
            public Iterator<Quad> find() {
                Iterator<Quad> it = super.find();
                return new Iterator<>() {
                    int served;

                    @Override
                    public boolean hasNext() {
                        if (served >= n) {
                            throw new IllegalStateException(MESSAGE);
                        }
                        return it.hasNext();
                    }

                    @Override
                    public Quad next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        served++;
                        return it.next();
                    }
                };
            }
        });
    }
}
