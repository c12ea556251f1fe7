package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The owner of a call on another call's result reads back as that call's site, nested chains
 * included, and stays readable inside a site's key (no {@code |} or {@code #}).
 */
class ChainedOwnerTest {
  @Test
  void aNestedChainReadsBackAsItsInnerSites() {
    String storage = ChainedOwner.of(List.of("Job", "Storage"), "makeDefault", 1);
    String holder = ChainedOwner.of(List.of(storage), "read", 2);

    assertThat(ChainedOwner.isChained(holder)).isTrue();
    assertThat(ChainedOwner.isChained("Storage")).isFalse();
    assertThat(ChainedOwner.inner(holder))
        .contains(new CallSite(List.of(storage), "read", 2));
    assertThat(ChainedOwner.inner(storage))
        .contains(new CallSite(List.of("Job", "Storage"), "makeDefault", 1));
    assertThat(new CallSite(List.of(holder), "getReads", 0).key()).doesNotContain("|")
        .containsOnlyOnce("#");
  }

  @Test
  void textThatIsNotAChainedOwnerReadsAsNothing() {
    assertThat(ChainedOwner.inner("(Storage.read/1")).isEmpty();
    assertThat(ChainedOwner.inner("(Storage)read/1")).isEmpty();
    assertThat(ChainedOwner.inner("(Storage).read/x")).isEmpty();
    assertThat(ChainedOwner.inner("Storage")).isEmpty();
  }
}
