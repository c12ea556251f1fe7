package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** A CLI analysis on every processor leaves C2 out, unless asked to keep it. */
class QuickCompilerTest {
  @Test
  void fullJitKeepsTheJvmsChoice() {
    assertThat(QuickCompiler.wanted("full", 2, 2)).isFalse();
    assertThat(QuickCompiler.wanted("FULL", 8, 2)).isFalse();
  }

  @Test
  void anAnalysisOnEveryProcessorLeavesC2Out() {
    assertThat(QuickCompiler.wanted(null, 2, 2)).isTrue();
    assertThat(QuickCompiler.wanted("", 4, 2)).isTrue();
    assertThat(QuickCompiler.wanted("quick", 2, 2)).isTrue();
  }

  @Test
  void aProcessorLeftOverKeepsC2() {
    assertThat(QuickCompiler.wanted(null, 1, 2)).isFalse();
    assertThat(QuickCompiler.wanted(null, 3, 4)).isFalse();
  }

  @Test
  void directiveExcludesC2ForEveryMethod() throws JMException {
    boolean added = QuickCompiler.addDirective();
    try {
      assertThat(added).isTrue();
      String printed = diagnosticCommand("compilerDirectivesPrint");
      String top = printed.substring(0, printed.indexOf("(default)"));
      assertThat(top).contains("matching: *.*");
      assertThat(top.substring(top.indexOf("c1 directives"), top.indexOf("c2 directives")))
          .contains("Enable:false");
      assertThat(top.substring(top.indexOf("c2 directives"))).contains("Exclude:true");
    } finally {
      if (added) {
        diagnosticCommand("compilerDirectivesRemove");
      }
    }
    assertThat(diagnosticCommand("compilerDirectivesPrint")).startsWith("\nDirective: (default)");
  }

  /** Runs a HotSpot diagnostic command without arguments and returns what it prints. */
  private static String diagnosticCommand(String operation) throws JMException {
    return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
        new Object[] {new String[0]}, new String[] {String[].class.getName()}));
  }
}
