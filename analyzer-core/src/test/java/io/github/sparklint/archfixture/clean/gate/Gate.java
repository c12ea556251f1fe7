package io.github.sparklint.archfixture.clean.gate;

import io.github.sparklint.archfixture.clean.Finding;

/** Architecture fixture. The gate reads findings. */
public final class Gate {
  Finding finding;
}
