package io.github.sparklint.archfixture.bad.triage;

/** Architecture fixture. Wrong: a package that no layer names. */
public final class Cause {}
