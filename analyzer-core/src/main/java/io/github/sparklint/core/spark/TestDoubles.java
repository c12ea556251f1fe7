package io.github.sparklint.core.spark;

import java.util.Set;

/**
 * Methods of the common test libraries (Mockito, BDDMockito, EasyMock, JUnit, AssertJ, Hamcrest,
 * TestNG) that only hand a value to a test double or check it: a {@code SparkConf} passed to them
 * configures no running driver.
 */
public final class TestDoubles {
  /**
   * Stubbing methods that take the value a mock returns, and {@code verify}, whose result
   * receives the call a mock should have seen ({@code verify(mock).start(conf)}).
   */
  private static final Set<String> STUBBING = Set.of(
      "thenReturn", "doReturn", "willReturn", "andReturn", "andStubReturn", "verify");

  private TestDoubles() {}

  /** True for a stubbing or verification method, or an assertion ({@code assert*}). */
  public static boolean isTestDoubleOrAssertion(String method) {
    return STUBBING.contains(method) || method.startsWith("assert");
  }
}
