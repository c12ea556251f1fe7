package io.github.sparklint.core.run;

/**
 * How one front spells each run setting, so that an error names what the user typed there: a
 * Maven property and parameter, a CLI flag, an Error Prone {@code -XepOpt} key. The settings and
 * their precedence are {@link RunSettings}'s; only the names differ per front.
 *
 * @param option a rule option, {@code RuleId:option=value}
 * @param severity a rule severity, {@code RuleId=level}
 * @param failOn the lowest severity that fails the run
 * @param failOnUnanalyzed whether a file that could not be analyzed fails the run
 * @param fileTimeout each file's time budget in seconds
 * @param maxAllowedViolations how many failing findings are tolerated
 * @param baseline the baseline file
 * @param removeStale rewriting the baseline without its stale entries
 * @param newSince the git ref of changed-lines mode
 * @param confidence the lowest confidence of a shown finding
 */
public record SettingNames(String option, String severity, String failOn, String failOnUnanalyzed,
    String fileTimeout, String maxAllowedViolations, String baseline, String removeStale,
    String newSince, String confidence) {}
