package io.github.sparklint.archfixture.bad;

/** Architecture fixture. The run layer's entry point in the root package. */
public final class Analyzer {}
