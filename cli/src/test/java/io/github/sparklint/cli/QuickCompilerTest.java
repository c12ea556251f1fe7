package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** A CLI run leaves C2 out, unless it is the language server or asked to keep it. */
class QuickCompilerTest {
  @Test
  void languageServerAndFullJitKeepTheJvmsChoice() {
    assertThat(QuickCompiler.wanted(new String[] {"lsp"}, null)).isFalse();
    assertThat(QuickCompiler.wanted(new String[] {"src"}, "full")).isFalse();
    assertThat(QuickCompiler.wanted(new String[] {"src"}, "FULL")).isFalse();
    assertThat(QuickCompiler.wanted(new String[] {"--version"}, "full")).isFalse();
  }

  @Test
  void analysesAndOtherCommandsLeaveC2Out() {
    assertThat(QuickCompiler.wanted(new String[] {"src"}, null)).isTrue();
    assertThat(QuickCompiler.wanted(new String[] {"./lsp"}, null)).isTrue();
    assertThat(QuickCompiler.wanted(new String[] {"triage", "driver.log"}, "")).isTrue();
    assertThat(QuickCompiler.wanted(new String[] {"src", "lsp"}, "quick")).isTrue();
    assertThat(QuickCompiler.wanted(new String[0], null)).isTrue();
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
