package org.slf4j.impl;

import org.digitworkbench.inference.logging.ILogLoggerFactory;
import org.slf4j.ILoggerFactory;
import org.slf4j.spi.LoggerFactoryBinder;

/**
 * The slf4j 1.7 binding of this bundle: slf4j-api (embedded for DL4J and ND4J) looks this class up by name through
 * its own class loader, which is this bundle's. Everything DL4J and ND4J log goes to the Eclipse log, warnings and
 * errors only.
 */
public final class StaticLoggerBinder implements LoggerFactoryBinder {

    /** Read by slf4j-api to check the binding's version; not final so that the compiler does not inline it. */
    public static String REQUESTED_API_VERSION = "1.6.99";

    private static final StaticLoggerBinder SINGLETON = new StaticLoggerBinder();

    private final ILoggerFactory factory = new ILogLoggerFactory();

    private StaticLoggerBinder() {
    }

    public static StaticLoggerBinder getSingleton() {
        return SINGLETON;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public String getLoggerFactoryClassStr() {
        return ILogLoggerFactory.class.getName();
    }
}
