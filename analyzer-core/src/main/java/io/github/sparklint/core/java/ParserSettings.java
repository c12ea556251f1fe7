package io.github.sparklint.core.java;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Processor;
import com.github.javaparser.Provider;
import com.github.javaparser.UnicodeEscapeProcessingProvider;
import com.github.javaparser.UnicodeEscapeProcessingProvider.PositionMapping;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java21PostProcessor;
import com.github.javaparser.resolution.SymbolResolver;
import java.util.List;
import java.util.function.Supplier;

/**
 * The JavaParser settings every front analyzes with: the Java 21 grammar and JavaParser's Java 21
 * tree post-processing (a {@code var} type becomes a {@code VarType}), but not its validators.
 *
 * <p>The validators re-walk the whole tree a few dozen times to report code that is syntactically
 * well formed but not legal Java ({@code var} as a field type, a misplaced modifier, ...). That is
 * the compiler's job, not a linter's: the code sparklint reads is code that compiles, javac reports
 * the same problems with better messages, and on the benchmark corpus the validators were about a
 * quarter of all parsing time (docs/performance.md). Comments are not attached to nodes and line
 * endings are not detected either; no rule reads them.
 */
public final class ParserSettings {
  private ParserSettings() {}

  /** Java 21 syntax without validation; add a symbol resolver for deep mode. */
  public static ParserConfiguration syntaxOnly() {
    return syntaxOnly(true);
  }

  private static ParserConfiguration syntaxOnly(boolean varTypes) {
    // The language level still matters without its validators: the grammar accepts `yield` only
    // when the level supports it.
    ParserConfiguration configuration = new ParserConfiguration()
        .setLanguageLevel(LanguageLevel.JAVA_21)
        .setAttributeComments(false);
    List<Supplier<Processor>> processors = configuration.getProcessors();
    processors.clear();
    processors.add(() -> new TreePostProcessing(varTypes));
    return configuration;
  }

  /**
   * Like {@code base} (a {@link #syntaxOnly} configuration, with its symbol resolver if any), for a
   * source in which {@code var} is not a word ({@link #mentionsVar}): JavaParser's Java 21 tree
   * post-processing only turns {@code var} types into {@code VarType}s, so on such a source it is a
   * walk of the whole tree that changes nothing, and it is left out.
   */
  public static ParserConfiguration withoutVarTypes(ParserConfiguration base) {
    ParserConfiguration configuration = syntaxOnly(false);
    base.getSymbolResolver().ifPresent(configuration::setSymbolResolver);
    return configuration;
  }

  /**
   * Whether {@code var} is a word of {@code source} (not part of a longer name such as {@code
   * variance}): anywhere, comments and strings included, so a {@code var} type is never missed.
   * Unicode escapes are not decoded; a source with one is parsed {@link #withUnicodeEscapes}.
   */
  public static boolean mentionsVar(String source) {
    for (int at = source.indexOf("var"); at >= 0; at = source.indexOf("var", at + 1)) {
      int end = at + "var".length();
      if ((at == 0 || !Character.isJavaIdentifierPart(source.charAt(at - 1)))
          && (end == source.length() || !Character.isJavaIdentifierPart(source.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Like {@code base} (a {@link #syntaxOnly} configuration, with its symbol resolver if any), but
   * Unicode escapes are decoded before lexing, as javac does ({@code \u0070ublic} is the keyword
   * {@code public}); node positions are mapped back to the original text. It costs a pass over
   * every character, so the engine only uses it for a file that {@link #hasUnicodeEscape has an
   * escape}.
   */
  public static ParserConfiguration withUnicodeEscapes(ParserConfiguration base) {
    ParserConfiguration configuration = syntaxOnly();
    base.getSymbolResolver().ifPresent(configuration::setSymbolResolver);
    configuration.getProcessors().add(0, UnicodeEscapes::new);
    return configuration;
  }

  /**
   * Whether javac would decode a Unicode escape in {@code source}: a backslash preceded by an even
   * number of backslashes, then {@code u} (JLS 3.3). Such an escape can change the tokens anywhere
   * (an escaped line feed ends a {@code //} comment, and the rest of the line is code), so these
   * files are parsed {@link #withUnicodeEscapes decoded}. Most files have no backslash-u at all
   * and cost one {@code indexOf}.
   */
  public static boolean hasUnicodeEscape(String source) {
    for (int u = source.indexOf("\\u"); u >= 0; u = source.indexOf("\\u", u + 2)) {
      int backslashes = 1;
      while (u - backslashes >= 0 && source.charAt(u - backslashes) == '\\') {
        backslashes++;
      }
      if (backslashes % 2 == 1) {
        return true;
      }
    }
    return false;
  }

  /** Decodes Unicode escapes before the lexer sees them; maps positions back afterwards. */
  private static final class UnicodeEscapes extends Processor {
    private UnicodeEscapeProcessingProvider decoder;

    @Override
    public Provider preProcess(Provider source) {
      decoder = new UnicodeEscapeProcessingProvider(source);
      return decoder;
    }

    @Override
    public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
      PositionMapping mapping = decoder.getPositionMapping();
      if (!mapping.isEmpty()) {
        result.getResult().ifPresent(root -> root.walk(node ->
            node.getRange().ifPresent(range -> node.setRange(mapping.transform(range)))));
      }
    }
  }

  /**
   * JavaParser's Java 21 post-processing of the tree (unless the source has no {@code var} word),
   * then the configured symbol resolver (deep mode only) handed to the compilation unit.
   */
  private static final class TreePostProcessing extends Processor {
    /** Stateless (a fixed list of stateless steps), so one serves every parse and thread. */
    private static final Java21PostProcessor JAVA_21 = new Java21PostProcessor();

    private final boolean varTypes;

    TreePostProcessing(boolean varTypes) {
      this.varTypes = varTypes;
    }

    @Override
    public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
      if (varTypes) {
        JAVA_21.postProcess(result, configuration);
      }
      configuration.getSymbolResolver().ifPresent((SymbolResolver resolver) ->
          result.getResult().filter(CompilationUnit.class::isInstance)
              .ifPresent(cu -> cu.setData(Node.SYMBOL_RESOLVER_KEY, resolver)));
    }
  }
}
