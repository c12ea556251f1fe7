package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * The project index keys types by package-qualified name ({@code TypeKeys}): of two classes of one
 * simple name in different packages, each reference finds the one javac would (the same package,
 * a single-type import, the one package imported on demand that has it, a nested type through
 * its outer one), and the facts of one are never applied to the other. A reference javac could
 * not resolve either falls back to the simple name, which joins no field writes.
 */
class PackageKeysTest {
  private static final String FLAGGED = "// BUG: Diagnostic contains: unbounded";

  private static RuleTester namesakes() {
    return RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("a/Loader.java", NamesakeSources.loader("a", NamesakeSources.READ))
        .addSource("b/Loader.java", NamesakeSources.loader("b", NamesakeSources.LITERAL));
  }

  @Test
  void aSamePackageReferenceWithoutImportFindsItsOwnPackagesClass() {
    namesakes()
        .addSource("a/ReadA.java", NamesakeSources.reader("a", "", "ReadA", FLAGGED))
        .addSource("b/ReadB.java", NamesakeSources.reader("b", "", "ReadB", ""))
        .expectMatches();
  }

  @Test
  void aSingleTypeImportPicksTheImportedClass() {
    namesakes()
        .addSource("c/ReadA.java",
            NamesakeSources.reader("c", "import a.Loader;", "ReadA", FLAGGED))
        .addSource("c/ReadB.java", NamesakeSources.reader("c", "import b.Loader;", "ReadB", ""))
        .expectMatches();
  }

  @Test
  void anOnDemandImportOfOneProjectPackagePicksItsClass() {
    namesakes()
        .addSource("c/ReadA.java", NamesakeSources.reader("c",
            "import a.*;\nimport java.util.*;", "ReadA", FLAGGED))
        .addSource("d/ReadB.java", NamesakeSources.reader("d", "import b.*;", "ReadB", ""))
        .expectMatches();
  }

  @Test
  void theSamePackageShadowsAnOnDemandImport() {
    namesakes()
        .addSource("b/ReadB.java", NamesakeSources.reader("b", "import a.*;", "ReadB", ""))
        .expectNoFindings();
  }

  @Test
  void anAmbiguousOnDemandReferenceFallsBackWithoutAnAlarm() {
    namesakes()
        .addSource("d/ReadEither.java", NamesakeSources.reader("d",
            "import a.*;\nimport b.*;", "ReadEither", ""))
        .expectNoFindings();
  }

  @Test
  void anUnresolvableNameOfOneProjectClassStillFindsIt() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("a/Loader.java", NamesakeSources.loader("a", NamesakeSources.READ))
        .addSource("c/ReadA.java", NamesakeSources.reader("c", "", "ReadA", FLAGGED))
        .expectMatches();
  }

  @Test
  void aFullyQualifiedNameNeedsNoImport() {
    namesakes()
        .addSource("c/ReadA.java", """
            package c;

            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class ReadA {
              List<String> all(JavaSparkContext sc) {
                a.Loader loader = new a.Loader(sc);
                // BUG: Diagnostic contains: unbounded
                return loader.lines.collect();
              }

              List<String> few(JavaSparkContext sc) {
                b.Loader.Part part = new b.Loader.Part(sc);
                return part.rows.collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aNestedTypeOfTheCurrentClassIsItsOwn() {
    namesakes()
        .addSource("c/Job.java", """
            package c;

            import b.Loader;
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              static class Part {
                JavaRDD<String> rows;

                Part(JavaSparkContext sc) {
                  rows = sc.textFile("hdfs://events");
                }
              }

              List<String> own(JavaSparkContext sc) {
                Part part = new Part(sc);
                // BUG: Diagnostic contains: unbounded
                return part.rows.collect();
              }

              List<String> imported(JavaSparkContext sc) {
                Loader.Part part = new Loader.Part(sc);
                return part.rows.collect();
              }
            }
            """)
        .expectMatches();
  }
}
