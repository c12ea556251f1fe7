package io.github.sparklint.maven;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Where a module's {@code sparklint:check} writes its reports, read from the module's model as
 * Maven configures the goal there: the {@code outputDirectory} of the module's {@code check}
 * execution, else of the plugin in its POM (or its parent's plugin management), else the {@code
 * sparklint.outputDirectory} property (the command line's, then the module's), else {@code
 * ${project.build.directory}/sparklint}. A relative directory is the module's, as Maven resolves
 * a file parameter.
 */
final class ModuleOutputDirectory {
  /** The check goal's parameter. */
  static final String PARAMETER = "outputDirectory";
  /** The parameter's property. */
  static final String PROPERTY = "sparklint.outputDirectory";
  /** The folder of the build directory that holds the reports by default. */
  static final String FOLDER = "sparklint";
  /** The parameter's default, as Maven writes it. */
  static final String DEFAULT = "${project.build.directory}/" + FOLDER;

  private ModuleOutputDirectory() {}

  /**
   * @param pluginKey this plugin's {@code groupId:artifactId}
   * @param userProperties the build's {@code -D} properties
   */
  static Path of(MavenProject module, String pluginKey, Properties userProperties) {
    return configured(module, pluginKey)
        .or(() -> property(userProperties))
        .or(() -> property(module.getProperties()))
        .map(value -> module.getBasedir().toPath().resolve(value).normalize())
        .orElseGet(() -> Path.of(module.getBuild().getDirectory(), FOLDER));
  }

  /** The parameter as the module's POM configures it, the check execution's first. */
  private static Optional<String> configured(MavenProject module, String pluginKey) {
    Plugin plugin = module.getPlugin(pluginKey);
    if (plugin == null && module.getPluginManagement() != null) {
      plugin = module.getPluginManagement().getPluginsAsMap().get(pluginKey);
    }
    if (plugin == null) {
      return Optional.empty();
    }
    for (PluginExecution execution : plugin.getExecutions()) {
      Optional<String> value = execution.getGoals().contains(CheckMojo.NAME)
          ? parameter(execution.getConfiguration()) : Optional.empty();
      if (value.isPresent()) {
        return value;
      }
    }
    return parameter(plugin.getConfiguration());
  }

  private static Optional<String> parameter(Object configuration) {
    Xpp3Dom child = configuration instanceof Xpp3Dom dom ? dom.getChild(PARAMETER) : null;
    return child == null ? Optional.empty() : nonBlank(child.getValue());
  }

  private static Optional<String> property(Properties properties) {
    return properties == null ? Optional.empty() : nonBlank(properties.getProperty(PROPERTY));
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
