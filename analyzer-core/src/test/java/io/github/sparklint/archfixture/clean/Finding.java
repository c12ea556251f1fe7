package io.github.sparklint.archfixture.clean;

/** Architecture fixture. A value: every layer may hold one (a fact included). */
public record Finding(String message) {}
