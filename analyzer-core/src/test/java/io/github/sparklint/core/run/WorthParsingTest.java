package io.github.sparklint.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.spark.MethodModels;
import io.github.sparklint.core.spark.MethodRows;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorthParsingTest {
  private static final WorthParsing NO_MODELS = new WorthParsing(MethodModels.none());
  private static final WorthParsing EXPORTER_MODELLED = new WorthParsing(MethodModels.of(
      "sparklint.yaml", MethodRows.parse("com.acme.Exporter toDriver 1 collects 0\n", true)));

  @Test
  void sourcesThatNeverNameSparkOrAModelledClassAreNotWorthParsing() {
    assertThat(NO_MODELS.test("package io.github.sparklint; class Spark { int spark; }"))
        .as("a package or a variable merely named like Spark").isFalse();
    assertThat(NO_MODELS.test("class Export { void run(Exporter e) { e.toDriver(t); } }"))
        .as("a class only the project's models would describe, without models").isFalse();
    assertThat(EXPORTER_MODELLED.test("class Export { void run(Reporter r) { r.run(); } }"))
        .isFalse();
    assertThat(NO_MODELS.test("class Plain { Object c(java.util.stream.Stream<String> s) {"
        + " return s.collect(java.util.stream.Collectors.toList()); } }"))
        .as("Stream.collect(...) is not a driver action call").isFalse();
  }

  @Test
  void sourcesThatNameSparkAModelledClassOrADriverActionAreWorthParsing() {
    assertThat(NO_MODELS.test("import org.apache.spark.sql.Dataset; class J {}")).isTrue();
    assertThat(NO_MODELS.test("class J { Object f(Base b) { return b.rows().collectAsList(); } }"))
        .as("Spark used through the project's own types").isTrue();
    assertThat(NO_MODELS.test("import org.apache.sp\\u0061rk.sql.Dataset; class J {}"))
        .as("the package name written with a Unicode escape").isTrue();
    assertThat(EXPORTER_MODELLED.test("class Export { void run(Exporter e) { e.toDriver(t); } }"))
        .isTrue();
  }

  @Test
  void aSetOfSourcesIsWorthParsingWhenAnyOfItsSourcesIs() {
    String plain = "class Plain { void run() {} }";
    String job = "import org.apache.spark.sql.Dataset; class Job {}";

    assertThat(NO_MODELS.anyOf(List.of())).isFalse();
    assertThat(NO_MODELS.anyOf(List.of(plain, plain))).isFalse();
    assertThat(NO_MODELS.anyOf(List.of(plain, job))).isTrue();
  }
}
