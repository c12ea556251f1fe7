package io.github.sparklint.lsp;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.ConfigException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The character encoding the server reads workspace files on disk in (open documents come
 * decoded by the editor), chosen as the other fronts choose it: the client's {@value #OPTION}
 * initialization option, as the CLI's {@code --encoding}; else {@code
 * project.build.sourceEncoding} of the workspace folder's {@code pom.xml}, which the Maven goal
 * and the compiler read; else UTF-8. A setting the server cannot use is a problem to show the
 * user, and the files are read as UTF-8.
 *
 * @param charset the encoding to read sources in
 * @param problem what was wrong with the setting, when something was
 */
record SourceEncoding(Charset charset, Optional<String> problem) {
  /** The {@code initializationOptions} key. */
  static final String OPTION = "encoding";
  /** The Maven property the Maven goal's {@code sparklint.encoding} defaults to. */
  static final String MAVEN_PROPERTY = "project.build.sourceEncoding";

  /**
   * @param option the client's {@value #OPTION} option, or null
   * @param root the workspace folder, or null
   */
  static SourceEncoding of(String option, Path root) {
    if (option != null && !option.isBlank()) {
      return named("the initialization option " + OPTION, option);
    }
    Path pom = root == null ? null : root.resolve("pom.xml");
    if (pom == null || !Files.isRegularFile(pom)) {
      return new SourceEncoding(StandardCharsets.UTF_8, Optional.empty());
    }
    String setting = MAVEN_PROPERTY + " in " + pom;
    try {
      return mavenProperty(pom).map(value -> value.contains("${")
          ? utf8(setting + " is '" + value + "', an expression the server does not resolve")
          : named(setting, value))
          .orElse(new SourceEncoding(StandardCharsets.UTF_8, Optional.empty()));
    } catch (IOException | SAXException | ParserConfigurationException e) {
      return utf8(pom + " cannot be read for its " + MAVEN_PROPERTY + " (" + e.getMessage() + ")");
    }
  }

  private static SourceEncoding named(String setting, String value) {
    try {
      return new SourceEncoding(AnalysisRequest.charset(setting, value), Optional.empty());
    } catch (ConfigException e) {
      return utf8(e.getMessage());
    }
  }

  private static SourceEncoding utf8(String why) {
    return new SourceEncoding(StandardCharsets.UTF_8, Optional.of("sparklint: " + why
        + "; files are read as UTF-8 (set the language server's initialization option "
        + OPTION + ")"));
  }

  /** The property's text in the POM's own {@code <properties>}, when it has one. */
  private static Optional<String> mavenProperty(Path pom)
      throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    return child(project, "properties").flatMap(properties -> child(properties, MAVEN_PROPERTY))
        .map(property -> property.getTextContent().trim());
  }

  private static Optional<Element> child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }
}
