package io.github.sparklint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalledNamesTest {
  private static final String SOURCE = """
      class T {
        void run(Db db) {
          db.sql ("SELECT 1");
          String sqlText = "x";
          runAll(sqlText);
        }
      }
      """;

  @Test
  void aCalledNameIsInTheFingerprintAndInTheText() {
    long[] fingerprint = CalledNames.fingerprint(SOURCE);

    assertThat(CalledNames.mayCallAny(fingerprint, List.of("sql"))).isTrue();
    assertThat(CalledNames.mayCallAny(fingerprint, List.of("nothing", "runAll"))).isTrue();
    assertThat(CalledNames.callsAny(SOURCE, List.of("sql"))).isTrue();
  }

  @Test
  void aDeclaredNameIsNotCalledButOneAfterReturnIs() {
    String declares = "class D { List<Row> sql(String s) { return run(s); } void exec() {} }";

    assertThat(CalledNames.callsAny(declares, List.of("sql", "exec"))).isFalse();
    assertThat(CalledNames.callsAny(declares, List.of("run"))).isTrue();
  }

  @Test
  void aNameThatIsNoCallOrOnlyPartOfAWordIsNotCalled() {
    assertThat(CalledNames.callsAny(SOURCE, List.of("sqlText", "run", "Db", "All"))).isFalse();
    assertThat(CalledNames.mayCallAny(CalledNames.fingerprint(""), List.of("sql"))).isFalse();
    assertThat(CalledNames.mayCallAny(CalledNames.fingerprint("int sqlText = 1;"),
        List.of("sqlText"))).isFalse();
  }
}
