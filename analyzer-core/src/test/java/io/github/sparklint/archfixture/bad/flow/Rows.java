package io.github.sparklint.archfixture.bad.flow;

/** Architecture fixture. A flow class. */
public final class Rows {}
