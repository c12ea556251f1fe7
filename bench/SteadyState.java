import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.java.ParserSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What sparklint costs per file once the JVM is warm: reads every .java file under a directory
 * into memory, then repeatedly (1) parses them all with JavaParser's Java 21 settings, (2) parses
 * them with sparklint's syntax-only settings and (3) analyzes them with all rules, one thread.
 * The last rounds show the steady state, without JVM start, class loading and JIT compilation.
 * Usage: {@code java -cp JAVAPARSER_JAR:CORE_JAR:CLASSES SteadyState DIR [ROUNDS]}, with CLASSES
 * holding the compiled {@link ParseOnly} (bench/run.sh compiles both).
 */
public final class SteadyState {
  private SteadyState() {}

  public static void main(String[] args) throws IOException {
    List<String> names = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        names.add(file.toString());
        sources.add(Files.readString(file));
      }
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ParserConfiguration java21 = ParseOnly.java21();
    ParserConfiguration syntaxOnly = ParserSettings.syntaxOnly();
    Analyzer analyzer = new Analyzer(SparklintConfig.defaults());
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      for (String source : sources) {
        new JavaParser(java21).parse(source);
      }
      long parsed = System.nanoTime();
      for (String source : sources) {
        new JavaParser(syntaxOnly).parse(source);
      }
      long syntax = System.nanoTime();
      int findings = 0;
      for (int i = 0; i < sources.size(); i++) {
        findings += analyzer.analyzeSource(names.get(i), sources.get(i)).findings().size();
      }
      long analyzed = System.nanoTime();
      System.out.printf("round %d: parse (Java 21) %.2f s, parse (syntax only) %.2f s, "
              + "sparklint %.2f s = %.2fx / %.2fx (%d findings)%n", round, (parsed - start) / 1e9,
          (syntax - parsed) / 1e9, (analyzed - syntax) / 1e9,
          (double) (analyzed - syntax) / (parsed - start),
          (double) (analyzed - syntax) / (syntax - parsed), findings);
    }
  }
}
