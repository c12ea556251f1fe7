package io.github.sparklint.maven;

import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.report.RuleDocs;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn sparklint:explain -Drule=RuleId}: prints the rule's page (the problem, bad, better,
 * options, suppression) from inside the plugin, as the CLI's {@code --explain} does. An unknown id
 * fails naming the closest known ones.
 */
@Mojo(name = "explain", requiresProject = false, threadSafe = true)
public final class ExplainMojo extends AbstractMojo {

  /** The rule whose page to print, e.g. {@code SparkUnboundedCollect}. */
  @Parameter(property = "rule", required = true)
  private String rule;

  @Override
  public void execute() throws MojoExecutionException {
    String page;
    try {
      page = RuleDocs.explain(rule.trim());
    } catch (ConfigException e) {
      throw new MojoExecutionException("sparklint: " + e.getMessage(), e);
    }
    page.lines().forEach(line -> getLog().info(line));
  }
}
