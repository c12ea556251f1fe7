import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import io.github.sparklint.core.java.ParserSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The baseline for benchmarks: read and parse every .java file under a directory with JavaParser,
 * nothing else. Usage: {@code java -cp JAVAPARSER_JAR:CORE_CLASSES ParseOnly DIR [--syntax-only]}.
 *
 * <p>By default it is JavaParser's Java 21 parse (language level JAVA_21, which also runs the
 * Java 21 validators; comments are not attributed, which only makes the baseline faster). With
 * {@code --syntax-only} it parses with sparklint's own settings (the same grammar and tree, without
 * the validators), to show what sparklint adds on top of its own parsing.
 */
public final class ParseOnly {
  private ParseOnly() {}

  /** The baseline's parser settings: JavaParser's Java 21 parse, validators included. */
  static ParserConfiguration java21() {
    return new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
        .setAttributeComments(false);
  }

  public static void main(String[] args) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    boolean syntaxOnly = args.length > 1 && args[1].equals("--syntax-only");
    ParserConfiguration config = syntaxOnly ? ParserSettings.syntaxOnly() : java21();
    long start = System.nanoTime();
    int ok = 0;
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      if (new JavaParser(config).parse(text).isSuccessful()) {
        ok++;
      }
    }
    System.out.printf("parsed %d/%d files in %.2f s%n", ok, files.size(),
        (System.nanoTime() - start) / 1e9);
  }
}
