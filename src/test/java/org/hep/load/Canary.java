package org.hep.load;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class a hostile YAML file names in a {@code !!org.hep.load.Canary} tag. If the parser
 * ever instantiated tagged classes, this counter would move.
 */
public final class Canary {
    public static final AtomicInteger CONSTRUCTED = new AtomicInteger();

    public Canary() {
        CONSTRUCTED.incrementAndGet();
    }

    public void setAnything(String value) {
        CONSTRUCTED.incrementAndGet();
    }
}
